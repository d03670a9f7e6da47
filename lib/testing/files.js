// A small site for a unit test: files written into a folder, each path relative to it, any folders
// on the way made. Shared by the tests of the build steps (postbuild/) and of the server.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Writes each `path: text` of `files` under `dir`. @param {string} dir @param {Record<string, string>} files */
export function writeFiles(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}
