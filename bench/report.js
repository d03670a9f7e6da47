// The table `npm run bench` prints: each figure beside its target, ours beside the floor's.
import { CATEGORIES } from "./lighthouse.js";
import { TAP_HOLD_MS } from "./page.js";
import { elapsed, log, markdownTable, median, percentile } from "./processes.js";
import { WALKS } from "./throttled.js";

/** What the figures are held against; the bench prints ✓ or ✗ beside each, and never fails on them. */
export const TARGETS = { score: 100, lcpRatio: 1.1, jsBrotliKB: 102, medianMs: 50, p95Ms: 100, requests: 0, throttledP95Ms: 100 };

const KB = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
const secs = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
const mark = (/** @type {boolean} */ ok) => (ok ? "✓" : "✗");

/** @typedef {import("./lighthouse.js").LighthouseFigures} Figures */

/**
 * Lighthouse's figures for each of `pages`, the first-load bytes of / and of `deep`.
 * @template {string} Page
 * @template {string} Deep
 * @param {{
 *   lh: Record<Page, { ours: Figures, floor: Figures }>,
 *   bytes: Record<"/" | Deep, Awaited<ReturnType<typeof import("./bytes.js").firstLoadBytes>>>,
 *   steps: Awaited<ReturnType<typeof import("./steps.js").stepChanges>>,
 *   passes: number, pages: readonly [Page, ...Page[]], deep: Deep, afterMs: number, verbose: boolean, browserName: string,
 * }} figures
 */
export function printReport({ lh, bytes, steps, passes, pages, deep, afterMs, verbose, browserName }) {
  const PAGES = pages;
  const DEEP = deep;
  const AFTER_MS = afterMs;
  const VERBOSE = verbose;
  /** @type {string[][]} */
  const rows = [];
  const row = (/** @type {string[]} */ ...cells) => rows.push(cells);
  const scoreText = (/** @type {import("./lighthouse.js").LighthouseFigures} */ f) => CATEGORIES.map((c) => f.scores[c]).join(" · ");
  const metricText = (/** @type {import("./lighthouse.js").LighthouseFigures} */ f) =>
    `${secs(f.fcp)} · ${secs(f.lcp)} · ${Math.round(f.tbt)} ms (${Math.round(f.tbtBrowser)} browser) · ${f.cls.toFixed(3)}`;
  for (const page of PAGES) {
    const { ours, floor } = lh[page];
    const allHundred = CATEGORIES.every((c) => ours.scores[c] === TARGETS.score);
    row(`Lighthouse perf · a11y · BP · SEO`, page, scoreText(ours), scoreText(floor), "100 · 100 · 100 · 100", mark(allHundred));
    const ratio = ours.lcp / floor.lcp;
    row(`FCP · LCP · TBT (of it unattributable) · CLS (LCP ÷ floor)`, page, `${metricText(ours)} (${ratio.toFixed(2)}×)`, metricText(floor), `LCP ≤ ${TARGETS.lcpRatio}× floor`, mark(ratio <= TARGETS.lcpRatio));
  }
  for (const page of /** @type {const} */ (["/", DEEP])) {
    const { js, css, inline } = bytes[page];
    const jsBrotli = js.brotli + inline.brotli;
    row(
      `First-load JS raw · gzip · br (KB)`,
      page,
      `${KB(js.raw + inline.raw)} · ${KB(js.gzip + inline.gzip)} · ${KB(jsBrotli)} (${js.files} files + ${KB(inline.brotli)} br inline)`,
      "0",
      `≤ ${TARGETS.jsBrotliKB} KB br`,
      mark(jsBrotli <= TARGETS.jsBrotliKB * 1024),
    );
    row(`First-load CSS raw · gzip · br (KB)`, page, `${KB(css.raw)} · ${KB(css.gzip)} · ${KB(css.brotli)} (${css.files} file${css.files === 1 ? "" : "s"})`, "0", "—", "");
  }
  const { samples } = steps;
  const times = samples.map((s) => s.ms);
  const med = median(times);
  const p95 = percentile(times, 95);
  const fullLoads = samples.filter((s) => s.fullLoad).length;
  const controlled = samples.filter((s) => s.controlled).length;
  row(
    `Step change, click → new h1 painted: median · p95 (ms)`,
    `${samples.length} clicks`,
    `${med.toFixed(1)} · ${p95.toFixed(1)}${fullLoads ? ` (${fullLoads} full loads)` : ""}`,
    "—",
    `< ${TARGETS.medianMs} · < ${TARGETS.p95Ms}`,
    mark(med < TARGETS.medianMs && p95 < TARGETS.p95Ms),
  );
  const pair = (/** @type {number[]} */ values) => `${median(values)} · ${Math.max(...values)}`;
  const network = samples.map((s) => s.network);
  row(`Requests per step change to the network: median · max`, `click → h1`, pair(network), "—", "0", mark(Math.max(...network) === TARGETS.requests));
  row(`… answered by the service worker: median · max`, `click → h1`, `${pair(samples.map((s) => s.sw))} (SW controlled ${controlled}/${samples.length})`, "—", "—", "");
  row(`… from HTTP/prefetch cache: median · max`, `click → h1`, pair(samples.map((s) => s.cache)), "—", "—", "");
  row(`Network requests after the new h1 (prefetch): median · max`, `h1 → +${AFTER_MS} ms`, pair(samples.map((s) => s.after)), "—", "—", "");

  console.log(markdownTable(["Measure", "Page", "Ours", "Floor (static HTML)", "Target", ""], rows));
  console.log(
    `\nLighthouse ${lh[PAGES[0]].ours.version}, mobile, simulated throttling, ${passes === 1 ? "1 run" : `best LCP of ${passes} runs`} per page; ` +
      `${browserName}; KB = 1024 B; step changes in Playwright's Pixel 7 context, unthrottled; ${elapsed()} s.`,
  );
  if (VERBOSE) {
    for (const page of PAGES) for (const miss of lh[page].ours.misses) log(`${page}: ${miss}`);
    for (const page of PAGES) for (const miss of lh[page].floor.misses) log(`floor ${page}: ${miss}`);
    for (const page of /** @type {const} */ (["/", DEEP])) log(`${page} first load: ${bytes[page].files.join(", ")}`);
    for (const s of samples) log(`${s.ms.toFixed(1)} ms ${s.href}: ${s.urls.join(", ") || "no request"}`);
  } else {
    const misses = PAGES.flatMap((page) => lh[page].ours.misses.map((m) => `${page} ${m}`));
    if (misses.length) log(`Audits under 1 on our pages:\n  ${misses.join("\n  ")}`);
  }
}

/**
 * The throttled walk's table (bench/throttled.js): per way, the step changes' times and requests.
 * @param {Record<import("./throttled.js").Way, import("./throttled.js").ThrottledSample[]>} walks
 * @param {{ rttMs: number, downKbps: number, upKbps: number, cpu: number }} throttling
 * @param {boolean} verbose
 */
export function printThrottled(walks, throttling, verbose) {
  const floor = walks["JavaScript off"];
  const floorP95 = percentile(floor.map((s) => s.ms), 95);
  /** @type {string[][]} */
  const rows = [];
  for (const [way, samples] of Object.entries(walks)) {
    const times = samples.map((s) => s.ms);
    const p95 = percentile(times, 95);
    const network = samples.map((s) => s.network);
    const withJs = way !== "JavaScript off";
    const ok = p95 <= TARGETS.throttledP95Ms && p95 <= floorP95 && Math.max(...network) === TARGETS.requests;
    rows.push([
      way,
      String(samples.length),
      `${median(times).toFixed(0)} · ${p95.toFixed(0)} · ${Math.max(...times).toFixed(0)}`,
      `${median(network)} · ${Math.max(...network)}`,
      `${median(samples.map((s) => s.prefetched))} · ${Math.max(...samples.map((s) => s.prefetched))}`,
      withJs ? `p95 ≤ ${TARGETS.throttledP95Ms} and ≤ floor; 0 requests` : "the floor",
      withJs ? mark(ok) : "",
    ]);
  }
  console.log(
    "\n" +
      markdownTable(["Throttled walk, / → support", "Step changes", "Click → new h1 painted: median · p95 · max (ms)", "Requests waited for: median · max", "Prefetched for the next step: median · max", "Target", ""], rows),
  );
  console.log(
    `\nThrottling as Lighthouse's mobile settings: ${throttling.rttMs} ms round trip, ${(throttling.downKbps / 1024).toFixed(1)} Mbps down, ` +
      `${(throttling.upKbps / 1024).toFixed(2)} Mbps up, CPU ${throttling.cpu}× slower (Chromium's own network and CPU emulation). ` +
      "A pause of a quiet second on each step before the tap. JavaScript off: navigation start → first contentful paint of the new page.",
  );
  const queued = Object.values(walks).flat().flatMap((s) => (s.queued === undefined ? [] : [s.queued]));
  console.log(
    `Each way walked ${WALKS === 1 ? "once" : `${WALKS} times, in turns`}, each walk in a new browser context. A tap holds the button ${TAP_HOLD_MS} ms (BENCH_TAP_HOLD_MS); ` +
      (queued.length ? `the click then waited ${median(queued).toFixed(0)} ms (median), at most ${Math.max(...queued).toFixed(0)}, between its time and its first listener.` : ""),
  );
  if (verbose) {
    for (const [way, samples] of Object.entries(walks)) {
      for (const s of samples) log(`${way}: ${s.ms.toFixed(0)} ms${s.queued === undefined ? "" : ` (queued ${s.queued.toFixed(0)})`} ${s.href}: ${s.urls.join(", ") || "no request"}`);
    }
  }
}
