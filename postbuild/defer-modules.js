// Part of the build (postbuild/index.js): takes React Router's <link rel="modulepreload"> hints out of the
// prerendered pages. The text of a step is all in the HTML, so nothing should compete with it for
// a slow phone's bandwidth: the scripts that make answers switch steps in place still load (the
// inline module script imports them), just after the page has painted. React adds the hints back
// once it runs, which is harmless by then. It also writes each page's script policy into the page
// (host-files.js) so a static host needs no header rule per page.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listFiles } from "../server/headers.js";
import { withPolicyMeta } from "./host-files.js";

const preload = /<link rel="modulepreload" href="[^"]*"\/>/g;

/** @param {string} dir @returns {number} how many pages changed */
export function deferModules(dir) {
  let changed = 0;
  for (const file of listFiles(dir).filter((f) => f.endsWith(".html"))) {
    const full = path.join(dir, file);
    const html = readFileSync(full, "utf8");
    const trimmed = withPolicyMeta(html.replace(preload, ""));
    if (trimmed !== html) {
      writeFileSync(full, trimmed);
      changed++;
    }
  }
  return changed;
}
