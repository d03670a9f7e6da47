// Part of the build (postbuild/index.js): the scripts that make answers switch steps in place load
// once the page has painted its text. A step's text is all in its HTML, so nothing should compete
// with it for a slow phone's bandwidth and main thread:
// - React Router's <link rel="modulepreload"> hints come out of the prerendered pages (React adds
//   them back once it runs, which is harmless by then);
// - its inline bootstrap script, whose static imports the parser would fetch at once, waits for the
//   page's first contentful paint and then imports the same modules (`afterFirstPaint`).
// It also writes each page's script policy into the page (host-files.js) so a static host needs no
// header rule per page.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listFiles } from "../lib/files.js";
import { withPolicyMeta } from "./host-files.js";
import { OverrideError } from "./overrides.js";

const preload = /<link rel="modulepreload" href="[^"]*"\/>/g;
const bootstrap = /(<script type="module"[^>]*>)([\s\S]*?)(<\/script>)/g;

/**
 * Resolves once the page's first contentful paint has been presented (the `paint` entry is
 * reported after it is on screen, a frame callback before). A page in a background tab paints
 * nothing until it is shown, and a frame scrolled out of view may not paint at all: those load at
 * once, or after 2 s.
 */
const waitForPaint = `new Promise((go) => {
  const types = globalThis.PerformanceObserver?.supportedEntryTypes ?? [];
  if (document.visibilityState !== "visible" || !types.includes("paint")) return go();
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    go();
  }).observe({ type: "paint", buffered: true });
  setTimeout(go, 2000);
})`;

/**
 * React Router's bootstrap: `import "/assets/manifest.js"; import * as route0 from "/assets/root.js";
 * ...` and then statements that use the routes. The same imports made dynamic, after the paint;
 * the statements run as they were, once the modules are in.
 * @param {string} code @param {string} file for the error message
 */
export function afterFirstPaint(code, file) {
  const imports = /^\s*import\s*(?:\*\s*as\s+(\w+)\s+from\s*)?"([^"]+)";/;
  /** @type {Array<[string | undefined, string]>} */
  const found = [];
  let rest = code;
  for (let m; (m = imports.exec(rest)); rest = rest.slice(m[0].length)) found.push([m[1], /** @type {string} */ (m[2])]); // the url group is not optional
  if (found.length === 0 || /^\s*import\s*["*{]/m.test(rest)) {
    throw new OverrideError("scripts-after-paint", `${file}: the bootstrap script is not the static imports and statements this build step rewrites:\n${code}`);
  }
  // src/entry.client.tsx shares the step module through this global before hydrating.
  if (!rest.includes("window.__reactRouterRouteModules")) {
    throw new OverrideError("shared-step-module", `${file}: the bootstrap script no longer sets window.__reactRouterRouteModules`);
  }
  const names = found.map(([name]) => name ?? "").join(", ");
  const loads = found.map(([, url]) => `import(${JSON.stringify(url)})`).join(", ");
  // Promises rather than a top-level await, which older browsers cannot parse.
  return `${waitForPaint}\n  .then(() => Promise.all([${loads}]))\n  .then(([${names}]) => {${rest}\n});`;
}

/** @param {string} dir @returns {number} how many pages changed */
export function deferModules(dir) {
  let changed = 0;
  let bootstraps = 0;
  let preloads = 0;
  for (const file of listFiles(dir).filter((f) => f.endsWith(".html"))) {
    const full = path.join(dir, file);
    const html = readFileSync(full, "utf8");
    const deferred = html
      .replace(preload, () => {
        preloads++;
        return "";
      })
      .replace(bootstrap, (_, open, code, close) => {
        bootstraps++;
        return `${open}${afterFirstPaint(code, file)}${close}`;
      });
    const trimmed = withPolicyMeta(deferred);
    if (trimmed !== html) {
      writeFileSync(full, trimmed);
      changed++;
    }
  }
  // Patterns that found nothing in the whole site mean React Router writes its pages differently now.
  if (bootstraps === 0) throw new OverrideError("scripts-after-paint", `no page in ${dir} has a <script type="module"> bootstrap`);
  if (preloads === 0) throw new OverrideError("scripts-after-paint", `no page in ${dir} has a <link rel="modulepreload"> to take out`);
  return changed;
}
