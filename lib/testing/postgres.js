// A throwaway PostgreSQL server for the outcomes bench and tests: Debian's postgresql package, a
// fresh cluster in a temp folder on a free port, trust login for the user "postgres", stopped and
// removed after. PG_BIN names the folder of the binaries (default: the newest
// /usr/lib/postgresql/*/bin). PostgreSQL refuses to run as root, so as root it runs as the
// "postgres" user the package creates.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort, HOST } from "./ports.js";

const run = promisify(execFile);
const DEBIAN = "/usr/lib/postgresql";
const asRoot = process.getuid?.() === 0;
/** The name each server's temp folder starts with (server/outcomes/synthetic.js checks it). */
export const THROWAWAY_PREFIX = "likes-postgres-";

/** The folder holding initdb, pg_ctl and postgres, or undefined when there is none. */
function binFolder() {
  if (process.env.PG_BIN) return existsSync(path.join(process.env.PG_BIN, "initdb")) ? process.env.PG_BIN : undefined;
  const versions = existsSync(DEBIAN) ? readdirSync(DEBIAN).filter((v) => existsSync(path.join(DEBIAN, v, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest && path.join(DEBIAN, newest, "bin");
}

/** The uid and gid of the "postgres" user, or undefined when there is no such user. */
function postgresUser() {
  try {
    const id = (/** @type {string} */ flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return undefined;
  }
}

/** Why no server can be started here, in one line; undefined when one can. */
export function whyNoPostgres() {
  if (!binFolder()) {
    return process.env.PG_BIN
      ? `PG_BIN=${process.env.PG_BIN} has no initdb`
      : `PostgreSQL is not installed: no ${DEBIAN}/*/bin/initdb (apt-get install postgresql, or set PG_BIN)`;
  }
  if (asRoot && !postgresUser()) return 'running as root, and there is no "postgres" user to run PostgreSQL as';
  return undefined;
}

export const postgresAvailable = () => whyNoPostgres() === undefined;

/** Runs one of the binaries (as "postgres" when we are root); a failure says its last line of output. */
async function pg(/** @type {string} */ bin, /** @type {string[]} */ args) {
  const file = path.join(/** @type {string} */ (binFolder()), bin);
  const [command, commandArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  try {
    await run(command, commandArgs);
  } catch (error) {
    const { stderr, stdout, message } = /** @type {{ stderr?: string, stdout?: string, message: string }} */ (error);
    const lines = `${stderr ?? ""}\n${stdout ?? ""}`.split("\n").filter((line) => line.trim());
    throw new Error(`${bin} failed: ${lines.at(-1)?.trim() ?? message}`);
  }
}

/**
 * Starts a fresh server and resolves to its URL and a `stop` that also removes its files.
 * `onCleanUp`: also handed `stop` before the server starts, for a bench to stop it at its own
 * clean-up (bench/processes.js, for benches run by runBench).
 * @param {{ log?: (line: string) => void, onCleanUp?: (stop: () => Promise<void>) => void }} [options]
 */
export async function startPostgres({ log = () => {}, onCleanUp } = {}) {
  const reason = whyNoPostgres();
  if (reason) throw new Error(reason);
  const dir = mkdtempSync(path.join(os.tmpdir(), THROWAWAY_PREFIX));
  const user = asRoot && postgresUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (existsSync(path.join(data, "postmaster.pid"))) await pg("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    rmSync(dir, { recursive: true, force: true });
  };
  onCleanUp?.(stop);
  try {
    // -N: a throwaway cluster needs no fsync at creation (seconds saved per start).
    await pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-N", "-E", "UTF8", "--no-locale"]);
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=${HOST}`;
    await pg("pg_ctl", ["-D", data, "-l", logFile, "-o", options, "-w", "start"]).catch((error) => {
      const last = existsSync(logFile) ? readFileSync(logFile, "utf8").trim().split("\n").at(-1) : undefined;
      throw new Error(last ? `${error.message} (server log: ${last})` : error.message);
    });
    log(`PostgreSQL from ${binFolder()} on ${HOST}:${port} (data in ${data})`);
    return { url: `postgres://postgres@${HOST}:${port}/postgres`, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

/**
 * Runs `use` with a throwaway server and a fresh temp folder of its own, then stops the server and
 * removes the folder, whatever happened.
 * @template T
 * @param {(database: { url: string }, root: string) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withPostgres(use) {
  const root = mkdtempSync(path.join(os.tmpdir(), "likes-test-"));
  try {
    const database = await startPostgres();
    try {
      return await use(database, root);
    } finally {
      await database.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
