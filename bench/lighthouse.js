// Lighthouse for `npm run bench`: the node API with its default config (mobile form factor,
// simulated throttling), each run in its own Chromium with a fresh profile from chrome-launcher.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const CATEGORIES = /** @type {const} */ (["performance", "accessibility", "best-practices", "seo"]);
const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
};

/**
 * @typedef {{
 *   scores: Record<(typeof CATEGORIES)[number], number>,
 *   fcp: number, lcp: number, tbt: number, cls: number, tbtBrowser: number,
 *   misses: string[], version: string,
 * }} LighthouseFigures
 */

/**
 * The part of the blocking time in main-thread tasks that no script of the page is in
 * ("Unattributable" in Lighthouse's long-tasks audit), between first paint and interactive, as
 * Lighthouse counts TBT (what a task runs past 50 ms). On this machine's Debian Chromium the largest
 * is the browser making the page's JavaScript context as the page commits
 * (LocalWindowProxy::Initialize, 100 ms and more in a freshly launched browser): a page with one
 * inline script line pays it too, a page with none does not. See docs/performance.md.
 * @param {any} lhr @param {number} fcp @param {number} tti
 */
function browserBlocking(lhr, fcp, tti) {
  /** @type {Array<{ url: string, duration: number, startTime: number }>} */
  const tasks = lhr.audits["long-tasks"]?.details?.items ?? [];
  let blocking = 0;
  for (const { url, duration, startTime } of tasks) {
    if (url !== "Unattributable") continue;
    // As Lighthouse counts it: the task clipped to the window, less the first 50 ms.
    const clipped = Math.min(startTime + duration, tti) - Math.max(startTime, fcp);
    blocking += Math.max(0, clipped - 50);
  }
  return blocking;
}

/**
 * @param {string} url
 * @param {{ chromePath?: string, chromeFlags: string[], timeoutMs: number }} options
 * @returns {Promise<LighthouseFigures>}
 */
export async function runLighthouse(url, { chromePath, chromeFlags, timeoutMs }) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: "silent" });
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Lighthouse on ${url} took over ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const result = await Promise.race([lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" }), timeout]);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (lhr.configSettings.throttlingMethod !== "simulate" || lhr.configSettings.formFactor !== "mobile") {
      throw new Error(`Lighthouse ran ${lhr.configSettings.formFactor}/${lhr.configSettings.throttlingMethod}, not mobile/simulate`);
    }
    const scores = /** @type {LighthouseFigures["scores"]} */ ({});
    /** Weighted audits that did not score 1: what to look at when a category is under 100. */
    const misses = [];
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      if (!category || category.score === null) throw new Error(`Lighthouse on ${url} has no ${id} score`);
      scores[id] = Math.round(category.score * 100);
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) misses.push(`${id}: ${audit.id} (${audit.displayValue ?? audit.score})`);
      }
    }
    const metric = (/** @type {string} */ id) => {
      const value = lhr.audits[id]?.numericValue;
      if (typeof value !== "number") throw new Error(`Lighthouse on ${url} has no ${id}`);
      return value;
    };
    return {
      scores,
      fcp: metric(METRICS.fcp),
      lcp: metric(METRICS.lcp),
      tbt: metric(METRICS.tbt),
      cls: metric(METRICS.cls),
      tbtBrowser: browserBlocking(lhr, metric(METRICS.fcp), metric("interactive")),
      misses,
      version: lhr.lighthouseVersion,
    };
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
}
