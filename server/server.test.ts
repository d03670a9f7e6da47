// The production server against a small site made here (not the real build), on a free port.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The scripts are plain JavaScript (typed with JSDoc) that Node runs as they are; tsc here does not read JS.
import { withPolicyMeta, writeHostFiles } from "../postbuild/host-files.js";
import { EMBED_SCRIPT, frameAncestors, IMMUTABLE, STEP_DATA } from "../lib/headers.js";
import { writeFiles } from "../lib/testing/files.js";
import { precompress } from "../postbuild/precompress.js";
import { createServer } from "./server.js";

const padding = `<p>${"Filler text that makes the page worth compressing. ".repeat(12)}</p>`;
const page = (title: string, scripts: string[]) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${title}</title>` +
  `<link rel="stylesheet" href="/assets/root-abc123.css"/></head><body><h1>${title}</h1>${padding}` +
  scripts.map((s) => `<script>${s}</script>`).join("") +
  `<script type="module" src="/assets/entry-abc123.js"></script></body></html>`;

const site: Record<string, string> = {
  "index.html": page("Start", ["window.a = 1;", 'window.__ctx = {"b":"</p>"};']),
  "a/b/index.html": page("Step B", ["window.b = 2;"]),
  "a/b.data": JSON.stringify(Array.from({ length: 40 }, (_, i) => ({ step: "b", i }))),
  "assets/entry-abc123.js": "console.log('entry');\n".repeat(200),
  "assets/root-abc123.css": "body { color: #222; }\n".repeat(100),
  "favicon.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>',
  "404/index.html": page("This step does not exist", ["window.notFound = true;"]),
  "__spa-fallback.html": page("", ["window.spa = true;"]),
  // The embed pages (src/lib/embed.ts), their not-found page and script, and a step that moved.
  "embed/index.html": page("Embed start", ["window.embed = 1;"]),
  "embed/a/b/index.html": page("Embed step B", ["window.embed = 2;"]),
  "embed/404/index.html": page("This step does not exist (embed)", ["window.embedNotFound = true;"]),
  // The Spanish pages' own not-found pages (src/lib/language-path.ts), on the site and in a frame.
  "es/404/index.html": page("Este paso no existe", ["window.esNotFound = true;"]),
  "embed/es/404/index.html": page("Este paso no existe (embed)", ["window.embedEsNotFound = true;"]),
  "embed.js": "(function () { /* the snippet's script */ })();\n",
  _redirects: "/a/old /a/b 301\n",
};
const sha = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

let root: string;
let dir: string;
let server: import("node:http").Server & { shutdown: (timeoutMs?: number) => Promise<void> };
let port: number;
const logged: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "server-test-"));
  dir = path.join(root, "client");
  writeFileSync(path.join(root, "secret.txt"), "TOP SECRET outside the build");
  writeFiles(dir, site);
  writeHostFiles(dir);
  await precompress(dir);
  server = createServer({ dir, log: (line: string) => logged.push(line) });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await server?.shutdown(1000);
  rmSync(root, { recursive: true, force: true });
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One request, sent exactly as given (no normalising of `..` or of the encoding). */
function request(target: string, { method = "GET", headers = {} as Record<string, string> } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: target, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Bytes straight onto a socket; resolves with whatever comes back before the server closes it. */
function raw(bytes: string) {
  return new Promise<string>((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(bytes));
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString("latin1")));
    socket.on("close", () => resolve(text));
    socket.on("error", () => resolve(text));
    // An incomplete request gets no answer until the server gives up on it; the test need not wait that long.
    socket.setTimeout(1000, () => socket.destroy());
  });
}

const file = (name: string) => readFileSync(path.join(dir, name));
const notFoundPage = () => file("404/index.html");

describe("what it serves", () => {
  it("serves each prerendered page as HTML at its address, with or without a trailing slash", async () => {
    for (const target of ["/a/b", "/a/b/", "/a/b/index.html"]) {
      const { status, headers, body } = await request(target);
      expect(status, target).toBe(200);
      expect(headers["content-type"]).toBe("text/html;charset=utf-8");
      expect(body.equals(file("a/b/index.html"))).toBe(true);
    }
    expect((await request("/")).body.equals(file("index.html"))).toBe(true);
  });

  it("answers HEAD with the GET headers and no body", async () => {
    const get = await request("/a/b");
    const head = await request("/a/b", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(get.headers["content-length"]);
    expect(head.headers["content-security-policy"]).toBe(get.headers["content-security-policy"]);
  });

  it("answers an unknown URL with status 404 and the not-found page, for GET and HEAD", async () => {
    const { status, headers, body } = await request("/no/such/step?x=1");
    expect(status).toBe(404);
    expect(headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(body.equals(notFoundPage())).toBe(true);
    const head = await request("/no/such/step", { method: "HEAD" });
    expect([head.status, head.body.length]).toEqual([404, 0]);
  });

  it("never serves the not-found page, host files, the SPA fallback or compressed twins under their own names", async () => {
    for (const target of ["/404", "/404/", "/404.html", "/404/index.html", "/_headers", "/__spa-fallback.html", "/index.html.br", "/assets/entry-abc123.js.gz"]) {
      const { status, body } = await request(target);
      expect(status, target).toBe(404);
      expect(body.equals(notFoundPage()), target).toBe(true);
    }
  });

  it("sends React Router's .data files as text/x-script, fresh for five minutes", async () => {
    const { status, headers, body } = await request("/a/b.data?_routes=step");
    expect(status).toBe(200);
    expect(headers["content-type"]).toBe("text/x-script");
    expect(headers["cache-control"]).toBe(STEP_DATA);
    expect(body.equals(file("a/b.data"))).toBe(true);
  });
});

describe("requests it refuses", () => {
  it("answers methods other than GET and HEAD with 405 and Allow", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const { status, headers } = await request("/", { method });
      expect(status, method).toBe(405);
      expect(headers.allow).toBe("GET, HEAD");
    }
  });

  it("answers malformed percent-encoding with 400", async () => {
    for (const target of ["/%", "/%zz", "/a/%E0%A4%A", "/a%2", "/%C0%AF"]) {
      expect((await request(target)).status, target).toBe(400);
    }
  });

  it("never leaves the build folder, however `..` is written", async () => {
    const attempts = [
      "/../secret.txt",
      "/a/../../secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/a/%2e%2e/%2e%2e/secret.txt",
      "/a/..%5c..%5csecret.txt",
      "/..\\secret.txt",
      "/%252e%252e/secret.txt",
      "//../secret.txt",
      "/secret.txt%00.html",
    ];
    for (const target of attempts) {
      const { status, body } = await request(target);
      expect([400, 404], target).toContain(status);
      expect(body.toString(), target).not.toContain("TOP SECRET");
    }
    expect((await request("/../secret.txt")).status).toBe(400);
  });

  it("answers URLs over 8 kB with 414, and request headers over 16 kB with 431", async () => {
    expect((await request(`/${"a".repeat(9000)}`)).status).toBe(414);
    // Past Node's 16 kB header limit the request never reaches the handler; the answer is the same.
    expect(await raw(`GET /${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)).toMatch(/^HTTP\/1\.1 414 /);
    expect(await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"b".repeat(20_000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431 /);
  });

  it("answers bytes that are not HTTP with 400 and the usual headers", async () => {
    const answer = await raw("HELLO\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain("X-Content-Type-Options: nosniff");
  });

  it("ignores a Range it cannot honour instead of crashing (sirv would throw on bytes=5-2)", async () => {
    for (const range of ["bytes=5-2", "bytes=abc", "bytes=-5", "bytes=0-1,3-4", "items=0-1"]) {
      const { status, body } = await request("/favicon.svg", { headers: { range } });
      expect(status, range).toBe(200);
      expect(body.equals(file("favicon.svg"))).toBe(true);
    }
    const partial = await request("/favicon.svg", { headers: { range: "bytes=0-3" } });
    expect([partial.status, partial.body.toString()]).toEqual([206, "<svg"]);
    expect((await request("/")).status).toBe(200);
  });

  it("logs nothing for any of these", () => {
    expect(logged).toEqual([]);
  });
});

describe("compression", () => {
  it("sends the brotli or gzip copy the client accepts, and the plain file otherwise", async () => {
    const original = file("assets/entry-abc123.js");
    const br = await request("/assets/entry-abc123.js", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body.length).toBeLessThan(original.length / 5);
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true);

    const gz = await request("/assets/entry-abc123.js", { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).equals(original)).toBe(true);

    const plain = await request("/assets/entry-abc123.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    for (const answer of [br, gz, plain]) expect(answer.headers.vary).toBe("Accept-Encoding");
  });

  it("compresses pages, .data files and the 404 page too", async () => {
    for (const [target, name] of [["/a/b", "a/b/index.html"], ["/a/b.data", "a/b.data"], ["/nope", "404/index.html"]] as const) {
      const { headers, body } = await request(target, { headers: { "accept-encoding": "br" } });
      expect(headers["content-encoding"], target).toBe("br");
      expect(headers.vary, target).toBe("Accept-Encoding");
      expect(zlib.brotliDecompressSync(body).equals(file(name)), target).toBe(true);
    }
  });
});

describe("headers", () => {
  const securityHeaders = (headers: http.IncomingHttpHeaders) => ({
    nosniff: headers["x-content-type-options"],
    referrer: headers["referrer-policy"],
    permissions: headers["permissions-policy"],
    coop: headers["cross-origin-opener-policy"],
    frameAncestors: /frame-ancestors 'none'/.test(String(headers["content-security-policy"])),
  });

  it("puts the security headers on every response: pages, assets, data, 304, 404 and errors", async () => {
    const page = await request("/a/b");
    const answers = {
      page,
      asset: await request("/assets/entry-abc123.js"),
      data: await request("/a/b.data"),
      icon: await request("/favicon.svg"),
      notModified: await request("/a/b", { headers: { "if-none-match": String(page.headers.etag) } }),
      notFound: await request("/missing"),
      badRequest: await request("/%zz"),
      notAllowed: await request("/", { method: "POST" }),
      tooLong: await request(`/${"x".repeat(9000)}`),
    };
    expect(answers.notModified.status).toBe(304);
    for (const [name, answer] of Object.entries(answers)) {
      expect(securityHeaders(answer.headers), name).toEqual({
        nosniff: "nosniff",
        referrer: "strict-origin-when-cross-origin",
        permissions: expect.stringContaining("camera=()"),
        coop: "same-origin",
        frameAncestors: true,
      });
    }
  });

  it("caches hashed assets for a year and step data for minutes, revalidates pages and the 404, and never stores errors", async () => {
    expect((await request("/assets/entry-abc123.js")).headers["cache-control"]).toBe(IMMUTABLE);
    expect((await request("/assets/root-abc123.css")).headers["cache-control"]).toBe(IMMUTABLE);
    expect((await request("/a/b.data")).headers["cache-control"]).toBe(STEP_DATA);
    for (const target of ["/", "/a/b", "/favicon.svg", "/missing"]) {
      expect((await request(target)).headers["cache-control"], target).toBe("no-cache");
    }
    for (const target of ["/%zz", `/${"x".repeat(9000)}`]) {
      expect((await request(target)).headers["cache-control"], target).toBe("no-store");
    }
  });

  it("revalidates with the ETag: a 304 keeps the page's policy and caching", async () => {
    const first = await request("/a/b", { headers: { "accept-encoding": "br" } });
    const again = await request("/a/b", { headers: { "accept-encoding": "br", "if-none-match": String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers["cache-control"]).toBe("no-cache");
    expect(again.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
  });

  it("allows each page's own inline scripts by hash, and nothing inline otherwise", async () => {
    const policyOf = async (target: string) => String((await request(target)).headers["content-security-policy"]);
    const start = await policyOf("/");
    expect(start).toContain(sha("window.a = 1;"));
    expect(start).toContain(sha('window.__ctx = {"b":"</p>"};'));
    expect(start).not.toContain(sha("window.b = 2;"));
    const step = await policyOf("/a/b");
    expect(step).toContain(sha("window.b = 2;"));
    expect(step).not.toContain(sha("window.a = 1;"));
    expect(await policyOf("/nope")).toContain(sha("window.notFound = true;"));
    for (const policy of [start, step]) {
      expect(policy).toMatch(/(^|; )script-src 'self' 'sha256-/);
      expect(policy).toMatch(/(^|; )style-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )connect-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )worker-src 'self'(;|$)/);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });
});

describe("the _headers file for a CDN", () => {
  /** Rules as a static host reads them: pattern → headers. */
  function readRules() {
    const rules = new Map<string, Record<string, string>>();
    let current: Record<string, string> = {};
    for (const line of readFileSync(path.join(dir, "_headers"), "utf8").split("\n")) {
      if (line.startsWith("/")) rules.set(line, (current = {}));
      else if (line.startsWith("  ")) {
        const at = line.indexOf(":");
        current[line.slice(2, at).toLowerCase()] = line.slice(at + 1).trim();
      }
    }
    return rules;
  }

  it("gives every path the server's common headers, hashed assets and step data their caching, in three rules", async () => {
    const rules = readRules();
    const everywhere = rules.get("/*")!;
    const asset = await request("/assets/entry-abc123.js");
    for (const [name, value] of Object.entries(everywhere)) expect(asset.headers[name], name).toBe(value);
    expect(rules.get("/assets/*")).toEqual({ "cache-control": asset.headers["cache-control"] });
    expect(rules.get("/*.data")).toEqual({ "cache-control": (await request("/a/b.data")).headers["cache-control"] });
    expect([...rules.keys()].sort()).toEqual(["/*", "/*.data", "/assets/*"]);
  });

  it("puts each page's own policy, as the server sends it, in the page (less frame-ancestors)", async () => {
    const served = await request("/a/b");
    const html = withPolicyMeta(served.body.toString("utf8"));
    const meta = /<meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1];
    expect(meta).toBe(String(served.headers["content-security-policy"]).replace("; frame-ancestors 'none'", ""));
    expect(meta).toMatch(/script-src 'self' 'sha256-/);
    expect(withPolicyMeta(html)).toBe(html);
    expect(() => withPolicyMeta("<html><head><title>x</title></head></html>")).toThrow(/charSet/);
  });

  it("comes with a 404.html, the name static hosts look for", () => {
    expect(file("404.html").equals(notFoundPage())).toBe(true);
  });
});

describe("a bounded fuzz on loopback", () => {
  /** Small, seedable PRNG: a failure prints its seed, and FUZZ_SEED=… replays it. */
  function random(seed: number) {
    let a = seed >>> 0;
    const next = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (n: number) => Math.floor(next() * n);
    const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
    const text = (length: number, alphabet: string) => Array.from({ length }, () => pick([...alphabet])).join("");
    return { next, int, pick, text };
  }

  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  const rnd = random(seed);
  const printable = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join("");
  const segments = ["a", "b", "b.data", "assets", "entry-abc123.js", "root-abc123.css", "404", "index.html", "_headers",
    "..", ".", "%2e%2e", "%2E%2e%2f", "%2f", "%5c", "\\", "%00", "%", "%z", "%E0%A4", "%C3%A9", "%ff", "é", "~", "",
    ";x=1", "__spa-fallback.html", "favicon.svg", "secret.txt", "index.html.br"];
  const randomPath = () => {
    const parts = Array.from({ length: 1 + rnd.int(5) }, () =>
      rnd.next() < 0.8 ? rnd.pick(segments) : rnd.text(1 + rnd.int(12), printable.replace(/[?#]/g, "")),
    );
    let target = "/" + parts.join("/");
    if (rnd.next() < 0.3) target += "?" + rnd.text(rnd.int(rnd.next() < 0.05 ? 10_000 : 60), printable);
    if (rnd.next() < 0.05) target += "#" + rnd.text(rnd.int(10), printable);
    return target;
  };
  const randomHeaders = () => {
    const headers: Record<string, string> = {};
    const maybe = (name: string, values: () => string) => rnd.next() < 0.3 && (headers[name] = values());
    maybe("accept-encoding", () => rnd.pick(["br", "gzip", "br;q=0, gzip", "*", "identity", "deflate, gzip, br", rnd.text(20, printable)]));
    maybe("range", () => rnd.pick(["bytes=0-10", "bytes=5-2", "bytes=-1", "bytes=999999-", "bytes=0-0,1-1", rnd.text(15, printable)]));
    maybe("if-none-match", () => rnd.pick(['W/"1-1"', "*", rnd.text(30, printable)]));
    maybe("if-modified-since", () => rnd.pick(["Thu, 01 Jan 1970 00:00:00 GMT", rnd.text(30, printable)]));
    maybe("cookie", () => rnd.text(rnd.int(3000), printable.replace(/;/g, "")));
    maybe("x-" + rnd.text(1 + rnd.int(10), "abcdefghijklmnopqrstuvwxyz"), () => rnd.text(rnd.int(200), printable));
    return headers;
  };
  const methods = ["GET", "GET", "GET", "GET", "HEAD", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND", "TRACE", "M-SEARCH"];
  const allowed = new Set([200, 206, 304, 400, 404, 405, 414, 416, 431]);

  it(`2,000 random requests get a sane answer with the security headers, and the server still serves (seed ${seed})`, async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let resent = 0;
    const one = (target: string, method: string, headers: Record<string, string>, again = true): Promise<void> =>
      new Promise<void>((resolve) => {
        const req = http.request({ host: "127.0.0.1", port, path: target, method, headers, agent }, (res) => {
          const status = res.statusCode ?? 0;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (!allowed.has(status)) problems.push(`${status} for ${method} ${target.slice(0, 100)}`);
          if (res.headers["x-content-type-options"] !== "nosniff") problems.push(`no nosniff on ${status} for ${target.slice(0, 100)}`);
          res.resume();
          res.on("end", resolve);
          res.on("error", resolve);
        });
        req.on("error", (error: NodeJS.ErrnoException) => {
          // A kept-alive connection can be closed by the server as the client sends on it again
          // (Node's documented keep-alive race): sent again once on a new connection, as a browser
          // would. A request that fails on a fresh connection is a problem.
          if (again && req.reusedSocket && error.code === "ECONNRESET") {
            resent++;
            resolve(one(target, method, headers, false));
            return;
          }
          problems.push(`${error.message} for ${method} ${target.slice(0, 100)}`);
          resolve();
        });
        req.setTimeout(5000, () => req.destroy(new Error("no answer in 5 s")));
        req.end();
      });
    const queue = Array.from({ length: 2000 }, () => [randomPath(), rnd.pick(methods), randomHeaders()] as const);
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let job = queue.shift(); job && Date.now() - started < 25_000; job = queue.shift()) await one(...job);
      }),
    );
    agent.destroy();
    expect(problems, `seed ${seed}`).toEqual([]);
    expect(resent, "requests sent again after a kept-alive connection closed under them").toBeLessThan(10);
    expect(queue, "all 2,000 sent within 25 s").toEqual([]);
    expect(statuses.get(200), "some real pages among them").toBeGreaterThan(0);
    expect(statuses.get(400), "some refused").toBeGreaterThan(0);

    const after = await request("/");
    expect([after.status, after.body.equals(file("index.html"))]).toEqual([200, true]);
    expect(logged).toEqual([]);
  }, 40_000);

  it(`300 malformed or hostile raw requests get 4xx or a closed socket, never a crash (seed ${seed})`, async () => {
    const shapes = [
      () => rnd.text(rnd.int(100), printable + " \r\n"),
      () => `GET ${randomPath()} HTTP/${rnd.pick(["1.1", "1.0", "2.0", "9.9", "x"])}\r\nHost: x\r\n\r\n`,
      () => `GET / HTTP/1.1\r\nHost: x\r\n${rnd.text(10, printable)}\r\n\r\n`,
      () => `POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${rnd.pick(["abc", "-1", "99999999999999999999", "5, 6"])}\r\n\r\nhello`,
      () => `POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nzz\r\n`,
      () => `GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ${rnd.pick(["chunked, identity", "x"])}\r\n\r\n0\r\n\r\n`,
      () => `GET /${"\u00ff".repeat(rnd.int(50))} HTTP/1.1\r\nHost: x\r\n\r\n`,
      () => `GET / HTTP/1.1\r\nHost: x\r\n\r\n`.slice(0, rnd.int(25)) + "\r\n\r\n",
      () => `${rnd.pick(methods)} ${randomPath()} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    ];
    const answers = await Promise.all(
      Array.from({ length: 300 }, async () => {
        const bytes = rnd.pick(shapes)();
        return [bytes, await raw(bytes)] as const;
      }),
    );
    const bad = answers.filter(([, answer]) => answer !== "" && !/^HTTP\/1\.1 (200|206|304|400|404|405|408|414|416|431) /.test(answer));
    expect(bad.map(([sent, answer]) => [sent.slice(0, 80), answer.slice(0, 40)]), `seed ${seed}`).toEqual([]);
    expect(answers.filter(([, answer]) => answer.startsWith("HTTP/1.1 400")).length).toBeGreaterThan(0);
    expect((await request("/a/b")).status).toBe(200);
    expect(logged).toEqual([]);
  }, 30_000);
});

describe("a new build made in place", () => {
  it("is served with its own script hashes once its _headers is written", async () => {
    const other = mkdtempSync(path.join(tmpdir(), "server-rebuild-"));
    const write = (name: string, text: string) => writeFiles(other, { [name]: text });
    write("index.html", page("Old", ["window.build = 1;"]));
    write("404/index.html", page("Not found", []));
    writeHostFiles(other);
    const lines: string[] = [];
    const rebuilt = createServer({ dir: other, log: (line: string) => lines.push(line), watchMs: 50 });
    await new Promise<void>((resolve) => rebuilt.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(rebuilt.address() as net.AddressInfo).port}/`;
    try {
      expect((await fetch(url)).headers.get("content-security-policy")).toContain(sha("window.build = 1;"));
      write("index.html", page("New", ["window.build = 2;"]));
      write("fresh.txt", "added by the new build");
      // Pages written, _headers not yet: still the old list (the new page with its old policy).
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await fetch(`${url}fresh.txt`)).status).toBe(404);

      await new Promise((resolve) => setTimeout(resolve, 20)); // a later mtime for _headers
      writeHostFiles(other);
      await expect
        .poll(async () => (await fetch(url)).headers.get("content-security-policy"), { timeout: 3000 })
        .toContain(sha("window.build = 2;"));
      expect(await (await fetch(`${url}fresh.txt`)).text()).toBe("added by the new build");
      expect(lines).toEqual([expect.stringMatching(/^A new build appeared in .*: serving it\.$/)]);
    } finally {
      await rebuilt.shutdown(1000);
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe("embedding", () => {
  it("knows the embed pages by the same prefix as the app (src/lib/embed.ts)", async () => {
    // The server runs as plain JavaScript and cannot import the app's TypeScript: one test keeps the two equal.
    const [{ EMBED_PREFIX: app }, { EMBED_PREFIX: server }] = await Promise.all([import("../src/lib/embed.ts"), import("./static-files.js")]);
    expect(server).toBe(app);
  });

  let embedServer: typeof server;
  let embedPort: number;
  beforeAll(async () => {
    embedServer = createServer({ dir, log: (line: string) => logged.push(line), embedOrigins: "https://blog.example, http://localhost:*" });
    await new Promise<void>((resolve) => embedServer.listen(0, "127.0.0.1", resolve));
    embedPort = (embedServer.address() as net.AddressInfo).port;
  });
  afterAll(() => embedServer?.shutdown(1000));

  const get = (target: string) =>
    new Promise<Answer>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port: embedPort, path: target, agent: false }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
  const frameAncestorsOf = (answer: Answer) => /frame-ancestors ([^;]*)/.exec(String(answer.headers["content-security-policy"]))?.[1];

  it("lets the sites in EMBED_ORIGINS frame the embed pages, and no page else", async () => {
    for (const target of ["/embed", "/embed/a/b", "/embed/a/b/"]) {
      const answer = await get(target);
      expect(answer.status, target).toBe(200);
      expect(frameAncestorsOf(answer), target).toBe("'self' https://blog.example http://localhost:*");
      expect(answer.headers["x-frame-options"], target).toBeUndefined();
      expect(answer.headers["cross-origin-resource-policy"], target).toBe("cross-origin");
    }
    // The embed page keeps its own strict script policy.
    expect(String((await get("/embed/a/b")).headers["content-security-policy"])).toContain(sha("window.embed = 2;"));
    for (const target of ["/", "/a/b", "/a/b.data", "/assets/entry-abc123.js", "/nope"]) {
      const answer = await get(target);
      expect(frameAncestorsOf(answer), target).toBe("'none'");
      expect(answer.headers["x-frame-options"], target).toBe("DENY");
    }
  });

  it("answers an unknown embed page with the embed pages' not-found page, which may be framed", async () => {
    const embed = await get("/embed/nope");
    expect(embed.status).toBe(404);
    expect(embed.body.toString()).toContain("This step does not exist (embed)");
    expect(frameAncestorsOf(embed)).toBe("'self' https://blog.example http://localhost:*");
    const site = await get("/nope");
    expect(site.body.toString()).not.toContain("(embed)");
    expect((await get("/embed/404")).status).toBe(404);
  });

  it("answers an unknown Spanish page with the Spanish not-found page, framed or not", async () => {
    const site = await get("/es/nope?x=1");
    expect(site.status).toBe(404);
    expect(site.body.toString()).toContain("Este paso no existe</title>");
    const framed = await get("/embed/es/nope");
    expect(framed.status).toBe(404);
    expect(framed.body.toString()).toContain("Este paso no existe (embed)");
    expect(frameAncestorsOf(framed)).toBe("'self' https://blog.example http://localhost:*");
    // "/estonia" is not under /es.
    expect((await get("/estonia")).body.toString()).toContain("This step does not exist</title>");
    expect((await get("/es/404")).status).toBe(404);
  });

  it("moves an old step's embed page to the new step's embed page", async () => {
    expect((await get("/a/old")).headers.location).toBe("/a/b");
    const moved = await get("/embed/a/old?scheme=dark");
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe("/embed/a/b?scheme=dark");
  });

  it("serves embed.js to any site: cross-origin, cached for a day and refreshed in the background", async () => {
    const script = await get("/embed.js");
    expect(script.status).toBe(200);
    expect(script.headers["content-type"]).toMatch(/javascript/);
    expect(script.headers["access-control-allow-origin"]).toBe("*");
    expect(script.headers["cross-origin-resource-policy"]).toBe("cross-origin");
    expect(script.headers["cache-control"]).toBe(EMBED_SCRIPT);
  });

  it("reads EMBED_ORIGINS strictly: origins, schemes or 'none', and says which entry is wrong", () => {
    expect(frameAncestors(undefined)).toBe("'self' https:");
    expect(frameAncestors("https://a.example https://*.b.example:8443")).toBe("'self' https://a.example https://*.b.example:8443");
    expect(frameAncestors("'none'")).toBe("'none'");
    expect(frameAncestors("none")).toBe("'none'");
    for (const bad of ["https://a.example/blog", "javascript:", "*", "a.example", "https://a.example;script-src *"]) {
      expect(() => frameAncestors(bad), bad).toThrow(`EMBED_ORIGINS: "${bad.split(/[\s,]+/)[0]}" is not an origin`);
    }
    expect(() => frameAncestors(" , ")).toThrow(/EMBED_ORIGINS is empty/);
    expect(() => createServer({ dir, embedOrigins: "https://a.example/blog" })).toThrow(/EMBED_ORIGINS/);
  });
});
