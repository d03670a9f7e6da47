// A build made in place while serving: once it is complete, serve it with its own script hashes
// (a page with the old hashes would have its scripts refused). Until then the old file list
// stands, and files the build removed are lost: build elsewhere and point BUILD_DIR at it, or
// restart, to avoid that window.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
/** @import { Server } from "node:http" */

/** `_headers` is the last file a build writes: a new one means a complete new build. */
const BUILD_MARKER = "_headers";
const mtimeOf = (/** @type {string} */ file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * Looks for a new build in `dir` every `everyMs` (0: never) until the server closes.
 * @param {Server} server
 * @param {{ dir: string, everyMs: number, reload: () => void, log: (line: string) => void }} options
 * `reload` reads the new build and serves it, or throws and the old one stays.
 */
export function reloadNewBuilds(server, { dir, everyMs, reload, log }) {
  if (!(everyMs > 0)) return;
  let builtAt = mtimeOf(path.join(dir, BUILD_MARKER));
  const watcher = setInterval(() => {
    const now = mtimeOf(path.join(dir, BUILD_MARKER));
    if (now === builtAt || now === 0) return;
    builtAt = now;
    try {
      reload();
      log(`A new build appeared in ${path.relative(process.cwd(), dir) || "."}: serving it.`);
    } catch (error) {
      log(`A new build appeared but could not be read (${/** @type {Error} */ (error).message}); still serving the old one.`);
    }
  }, everyMs).unref();
  server.on("close", () => clearInterval(watcher));
}
