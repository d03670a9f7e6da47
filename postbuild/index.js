// The steps that finish a build after React Router has prerendered every page. react-router.config.ts
// runs them from its `buildEnd` hook, so `react-router build` (and `npm run build`) leaves a complete
// site in build/client: each step reads the pages the one before wrote.
//   0. stats-renderer.js the server's renderer of /stats, built with Vite (none with OUTCOMES=off)
//   1. defer-modules.js  pages paint before scripts load; each page carries its script policy
//      compile-hints.js  the scripts every page runs are compiled while they download
//   2. service-worker.js Workbox (workbox-build) precaches every step for offline use
//   3. precompress.js    brotli and gzip copies, so no server compresses per request (none with PRECOMPRESS=off)
//   4. host-files.js     _headers and 404.html for a static host or CDN
// Precompression is ours rather than a Vite plugin's: the plugins compress Vite's own bundle, and
// the prerendered pages are written after it.
import path from "node:path";
import { addCompileHints } from "./compile-hints.js";
import { deferModules } from "./defer-modules.js";
import { writeHostFiles } from "./host-files.js";
import { precompress } from "./precompress.js";
import { writeServiceWorkers } from "./service-worker.js";
import { buildStatsRenderer } from "./stats-renderer.js";

/** @param {string} dir the client build folder @param {(line: string) => void} [log] */
export async function finishSite(dir, log = console.log) {
  // A static host has no server to draw /stats: its readers get the frame's own words.
  if (process.env.OUTCOMES !== "off") {
    const { file, size } = await buildStatsRenderer(dir);
    log(`The /stats renderer: ${path.join(path.basename(dir), path.basename(file))} (${Math.round(size / 1000)} kB, React included)`);
  }
  log(`Module preloads deferred and script policies written on ${deferModules(dir)} pages`);
  log(`Compile hints on the ${addCompileHints(dir).length} scripts pages run at load`);
  for (const { file, count, size } of await writeServiceWorkers(dir)) {
    log(`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KiB) -> ${path.join(path.basename(dir), file)}`);
  }
  // A host that compresses on its own has no use for the copies, and they are most of a build's time.
  if (process.env.PRECOMPRESS === "off") log("No brotli or gzip copies (PRECOMPRESS=off): the host compresses");
  else {
    const c = await precompress(dir);
    const kB = (/** @type {number} */ bytes) => `${Math.round(bytes / 1000)} kB`;
    log(`Precompressed ${c.files} files: ${kB(c.before)} → ${kB(c.brotli)} brotli, ${kB(c.gzip)} gzip`);
  }
  const { rules, warnings } = writeHostFiles(dir);
  log(`Wrote _headers (${rules} rules) and 404.html`);
  for (const warning of warnings) console.warn(`Warning: _headers has ${warning}.`);
}
