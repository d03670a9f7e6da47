// What the benchmarks need around the measuring: progress lines, servers started as child processes
// and stopped again, whatever happens (the end, an error, Ctrl+C, a watchdog). Free ports come from
// lib/testing/ports.js, which the tests share.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { HOST } from "../lib/testing/ports.js";

export const root = path.resolve(import.meta.dirname, "..");

const began = Date.now();
/** Seconds since the bench began. */
export const elapsed = () => Math.round((Date.now() - began) / 1000);
/** A progress line on stderr (stdout is kept for the figures). */
export const log = (/** @type {string} */ line) => process.stderr.write(`[${String(elapsed()).padStart(3)} s] ${line}\n`);
export const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A number from the environment variable `name`: `fallback` when it is unset or empty, at least
 * `min`. Anything else that is not a number stops the bench with the variable's name, rather than
 * running with NaN (no walks, no clicks, a port of NaN).
 */
export function envNumber(/** @type {string} */ name, /** @type {number} */ fallback, min = -Infinity) {
  const raw = process.env[name]?.trim();
  if (!raw) return Math.max(min, fallback);
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, not "${raw}"`);
  return Math.max(min, value);
}

/** @type {Array<() => Promise<void> | void>} */
const cleanups = [];
/** Runs `task` at clean-up, last registered first. */
export const onCleanUp = (/** @type {() => Promise<void> | void} */ task) => void cleanups.push(task);
export async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()?.();
    } catch (error) {
      log(`cleanup: ${/** @type {Error} */ (error).message}`);
    }
  }
}

/** Resolves once something accepts connections on `port`; rejects if `alive()` turns false or after `ms`. */
async function listening(/** @type {number} */ port, /** @type {() => boolean} */ alive, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, HOST, () => resolve(socket.end() && true)).on("error", () => resolve(false));
    });
    if (open) return;
    if (!alive()) throw new Error(`the server for port ${port} exited`);
    await sleep(100);
  }
  throw new Error(`nothing listens on ${HOST}:${port} after ${ms / 1000} s`);
}

/**
 * Starts `node <args>` from the repository root and resolves once it listens on `port`; at
 * clean-up it gets SIGTERM, then SIGKILL if it has not exited 12 s later.
 * @param {string[]} args @param {number} port @param {Record<string, string>} [env]
 */
export async function startNode(args, port, env = {}) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  onCleanUp(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    if ((await Promise.race([exited, sleep(12_000).then(() => "timeout")])) === "timeout") child.kill("SIGKILL");
  });
  await listening(port, () => child.exitCode === null);
}

/** `npm start`'s server on `port`, serving `dir` as it is (no build check). */
export const startApp = (/** @type {string} */ dir, /** @type {number} */ port) =>
  startNode(["server/start.js"], port, { PORT: String(port), HOST, BUILD_DIR: dir, DATA_DIR: tempDataDir(), OUTCOMES_RATE_LIMIT: "0" });

/** A fresh folder for a server's embedded outcomes database, removed at clean-up. */
export function tempDataDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "likes-bench-data-"));
  onCleanUp(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Runs `main`, then cleans up; also on Ctrl+C and after `limitMs`. Exits with 1 if `main` threw
 * (Lighthouse and chrome-launcher can leave handles open, so the process exits explicitly).
 * @param {() => Promise<number | void>} main resolves to the exit code (default 0)
 */
export async function runBench(main, limitMs = 9 * 60_000) {
  const watchdog = setTimeout(async () => {
    log(`The bench took over ${limitMs / 60_000} minutes: stopping.`);
    await cleanUp();
    process.exit(1);
  }, limitMs);
  watchdog.unref();
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.on(signal, async () => {
      await cleanUp();
      process.exit(130);
    });
  }
  let code = 0;
  try {
    code = (await main()) ?? 0;
  } catch (error) {
    log(`bench failed: ${/** @type {Error} */ (error).stack ?? error}`);
    code = 1;
  } finally {
    await cleanUp();
    clearTimeout(watchdog);
  }
  process.exit(code);
}

/** Nearest-rank percentile. */
export function percentile(/** @type {number[]} */ values, /** @type {number} */ p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
export const median = (/** @type {number[]} */ values) => percentile(values, 50);

/** A markdown table, columns padded to their widest cell. @param {string[]} header @param {string[][]} rows */
export function markdownTable(header, rows) {
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i] ?? "").length)));
  const line = (/** @type {string[]} */ cells) => "| " + cells.map((cell, i) => String(cell).padEnd(width[i] ?? 0)).join(" | ") + " |";
  return [line(header), line(width.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
