// `npm start` as an operator meets it: the start-up line, a taken port, and a SIGTERM mid-download.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const startScript = path.join(import.meta.dirname, "start.js");
const BIG = 24 * 1024 * 1024;
let dir: string;
const started: ChildProcess[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "start-test-"));
  mkdirSync(path.join(dir, "404"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(path.join(dir, "index.html"), "<!DOCTYPE html><title>Start</title><h1>Start</h1>");
  writeFileSync(path.join(dir, "404", "index.html"), "<!DOCTYPE html><title>Not found</title>");
  writeFileSync(path.join(dir, "assets", "big-abc123.bin"), randomBytes(BIG));
});

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `node server/start.js` serving the fixture; resolves once it prints its address (or exits). */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [startScript], {
    // Counting is tested on its own (below and in outcomes/): here the server serves the fixture as it is.
    env: { ...process.env, BUILD_DIR: dir, HOST: "127.0.0.1", PORT: "0", OUTCOMES: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  const output = { stdout: "", stderr: "" };
  child.stdout!.on("data", (chunk) => (output.stdout += chunk));
  child.stderr!.on("data", (chunk) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<string | undefined>((resolve) => {
    child.stdout!.on("data", () => {
      const url = /running at (http:\/\/\S+\/)/.exec(output.stdout)?.[1];
      if (url) resolve(url);
    });
    void exited.then(() => resolve(undefined));
  });
  return { child, output, ready, exited };
}

describe("npm start", () => {
  it("prints one clear line with the address, and serves there", async () => {
    const { ready, output } = await start({});
    const url = await ready;
    expect(output.stdout).toMatch(/^Likes troubleshooter is running at http:\/\/127\.0\.0\.1:\d+\/ \(serving .*\)/);
    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<h1>Start</h1>");
  });

  it("says so plainly and exits 1 when the port is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { exited, output } = start({ PORT: String(port) });
      expect(await exited).toBe(1);
      expect(output.stderr.trim()).toBe(
        `Port ${port} is already in use. Stop the other server or pick another port: PORT=3001 npm start`,
      );
      expect(output.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it("refuses a PORT that is not a port, and a folder that is not a build, without a stack trace", async () => {
    const badPort = start({ PORT: "http" });
    expect(await badPort.exited).toBe(1);
    expect(badPort.output.stderr.trim()).toBe('PORT must be a number from 0 to 65535, not "http".');

    const badOrigins = start({ EMBED_ORIGINS: "https://blog.example/posts" });
    expect(await badOrigins.exited).toBe(1);
    expect(badOrigins.output.stderr).toMatch(/^EMBED_ORIGINS: "https:\/\/blog\.example\/posts" is not an origin\. .*\n$/);

    const noBuild = start({ BUILD_DIR: path.join(dir, "nowhere") });
    expect(await noBuild.exited).toBe(1);
    expect(noBuild.output.stderr).toMatch(/^No build in .*nowhere.*Run `npm run build` first\.\n$/);
  });

  it("on SIGTERM finishes a download in flight, refuses new connections, then exits 0", async () => {
    const { child, ready, exited, output } = start({});
    const url = new URL((await ready)!);

    // A slow reader: the 24 MB answer is still being written when SIGTERM arrives.
    const received = new Promise<number>((resolve, reject) => {
      http
        .get({ host: url.hostname, port: url.port, path: "/assets/big-abc123.bin", agent: false }, (res) => {
          let bytes = 0;
          res.on("data", (chunk: Buffer) => {
            bytes += chunk.length;
            if (bytes === chunk.length) {
              res.pause();
              child.kill("SIGTERM");
              setTimeout(() => res.resume(), 500);
            }
          });
          res.on("end", () => resolve(bytes));
          res.on("error", reject);
        })
        .on("error", reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const refused = await fetch(url).then(
      () => "answered",
      () => "refused",
    );
    expect(refused).toBe("refused");
    expect(await received).toBe(BIG);
    expect(await exited).toBe(0);
    expect(output.stdout).toContain("SIGTERM: finishing the requests in flight, then stopping…");
    expect(output.stdout).toContain("Stopped.");
  }, 20_000);
});
