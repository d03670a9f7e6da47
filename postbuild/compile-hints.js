// Part of the build (postbuild/index.js): marks the scripts every page runs at load with V8's
// explicit compile hint, `//# allFunctionsCalledOnLoad` as the file's first line (Chrome 136 and
// later; other engines read a comment). V8 then compiles all of the file's functions while it
// streams the file in, on a background thread, instead of compiling each one on the main thread the
// first time it runs. Measured on a slow phone (bench/throttled.js): without the hint the first tap
// on an answer spent about 50 ms compiling React and React Router's navigation code before it could
// draw the next step, and was the slowest tap of the walk.
//
// "Every page runs at load" is read from the pages themselves: the modules their inline bootstrap
// script imports (the route modules and the entry), and everything those import statically. Chunks
// loaded later (the QR encoder, the connection check) are left to V8's lazy compilation.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listFiles } from "../lib/files.js";

export const HINT = "//# allFunctionsCalledOnLoad\n";

// `/** @type {string} */ (m[1])`: a group that is not optional is always there in a match.

/** `/assets/x.js` files a module imports statically (minified: `from"./x.js"` or `import"./x.js"`). */
function staticImports(/** @type {string} */ code, /** @type {string} */ file) {
  const found = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
    found.push(path.posix.resolve(path.posix.dirname(file), /** @type {string} */ (m[1])));
  }
  return found;
}

/** @param {string} dir the client build folder @returns {string[]} the files hinted */
export function addCompileHints(dir) {
  const files = listFiles(dir);
  /** @type {Set<string>} */
  const atLoad = new Set();
  for (const page of files.filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(path.join(dir, page), "utf8");
    for (const script of html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
      for (const m of /** @type {string} */ (script[1]).matchAll(/import(?:\s*\*\s*as\s+\w+\s+from)?\s*\(?\s*"(\/assets\/[^"]+\.js)"/g)) atLoad.add(/** @type {string} */ (m[1]));
    }
  }
  const queue = [...atLoad];
  for (let file = queue.pop(); file; file = queue.pop()) {
    const code = readFileSync(path.join(dir, file), "utf8");
    for (const imported of staticImports(code, file)) {
      if (!atLoad.has(imported)) {
        atLoad.add(imported);
        queue.push(imported);
      }
    }
  }
  const hinted = [...atLoad].sort();
  for (const file of hinted) {
    const full = path.join(dir, file);
    const code = readFileSync(full, "utf8");
    if (!code.startsWith(HINT)) writeFileSync(full, HINT + code);
  }
  return hinted;
}
