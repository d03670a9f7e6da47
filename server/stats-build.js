// What /stats needs of a build, and how the server puts the two together: the prerendered frame,
// and the renderer built beside it (postbuild/stats-renderer.js), which the server imports. The
// frame is cut around the one element the server replaces (src/components/stats/stats-section.tsx).
// A frame without exactly one such element, with no other section inside it, is an error that names
// the file, at build time and when the server reads a build (site.js): never a page left unfilled.

import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const STATS_FRAME_FILE = "/stats/index.html";
/** The renderer, React included (src/render-stats.server.tsx); hidden from readers (lib/headers.js isHidden). */
export { STATS_RENDERER_FILE } from "../lib/headers.js";
import { STATS_RENDERER_FILE } from "../lib/headers.js";

/**
 * What the server hands the renderer: StatsPageProps of src/components/stats/stats-page.tsx (a type
 * test there keeps the two equal).
 * @typedef {{
 *   summary: import("./outcomes/summary.js").Summary,
 *   labels: { steps: Record<string, string>, devices: Record<string, string>, symptoms: Record<string, string> },
 *   days?: { first: string, last: string },
 *   flags: Array<{ step: string, reason: string, count: number }>,
 *   flagWeeks: number,
 *   error?: string,
 *   live?: Array<{ id: string, label: string, hours: Array<{ hour: string, reports: number, usual: number | null }> }>,
 * }} StatsPageProps
 * @typedef {{ renderStatsSection: (props: StatsPageProps) => string }} StatsRenderer
 */
/** The start of the element, in the frame and in what the renderer returns. */
export const STATS_SECTION_OPEN = '<section data-page="stats"';
const OPEN = STATS_SECTION_OPEN;
const CLOSE = "</section>";

/**
 * @param {string} html the prerendered frame
 * @param {string} [file] where it was read from, for the message
 * @returns {{ before: string, after: string }}
 */
export function splitStatsFrame(html, file = STATS_FRAME_FILE) {
  const start = html.indexOf(OPEN);
  const fail = (/** @type {string} */ problem) => new Error(`${file}: ${problem}; the server replaces that element with the figures (src/components/stats/stats-section.tsx).`);
  if (start === -1) throw fail(`no ${OPEN}>`);
  if (html.indexOf(OPEN, start + 1) !== -1) throw fail(`more than one ${OPEN}>`);
  const end = html.indexOf(CLOSE, start);
  if (end === -1) throw fail(`${OPEN}> is never closed`);
  if (html.slice(start + 1, end).includes("<section")) throw fail(`a section inside ${OPEN}>`);
  return { before: html.slice(0, start), after: html.slice(end + CLOSE.length) };
}

/**
 * A build's /stats: its frame cut open, and its renderer, imported at the first request (the time
 * of the file in its URL, so a new build's is a new module). Undefined for a build without the two
 * (OUTCOMES=off builds no renderer): the frame is then served as a static host serves it.
 * @param {string} dir the client build folder
 * @returns {{ before: string, after: string, renderer: () => Promise<StatsRenderer> } | undefined}
 */
export function readStats(dir) {
  const frameFile = path.join(dir, STATS_FRAME_FILE);
  const rendererFile = path.join(dir, STATS_RENDERER_FILE);
  if (!existsSync(frameFile) || !existsSync(rendererFile)) return undefined;
  const { before, after } = splitStatsFrame(readFileSync(frameFile, "utf8"), frameFile);
  const url = `${pathToFileURL(rendererFile).href}?built=${statSync(rendererFile).mtimeMs}`;
  /** @type {Promise<StatsRenderer> | undefined} */
  let loaded;
  return { before, after, renderer: () => (loaded ??= import(/* @vite-ignore */ url)) };
}
