// `npm run bench`: walks from / to the support step (10 answers) on a slow phone, as Lighthouse
// pretends to be one (its mobile settings: 150 ms round trip, 1.6 Mbps down, CPU 4× slower),
// three ways: a first visit (no service worker yet), a return visit (the service worker in
// control) and with JavaScript off (each answer loads a whole page: the floor). The reader pauses
// on each step until the network has been quiet for a second, as a person reading would. Each way
// walks BENCH_WALKS times (default 3, each in a new browser context), so the p95 is of 30 taps: on
// the 10 of one walk it is the worst tap, whatever one tap on this shared machine ran into.
//
// Measured in the page: with JavaScript, from the click event to the first frame painted with
// the new heading (steps.js's timer); without, from the new page's navigation start to its first
// contentful paint (the page is plain HTML with its CSS inline, so the heading is in that frame),
// read through Playwright's own script world. Requests are counted from just before the click to
// the new step's arrival in the page (JavaScript off: its frame): those that went to the network,
// not the ones served from the HTTP cache or by the service worker, and apart from them the
// prefetches the new step starts for the one after; the live connection check (/ping.txt) and the
// answer being counted (/api/outcomes) are left out (page.js).
import { throttling } from "lighthouse/core/config/constants.js";
import { ANSWERS, DEVICE, hydrated, TAP_HOLD_MS, watchRequests } from "./page.js";
import { envNumber, sleep } from "./processes.js";
import { stepTimer } from "./steps.js";

const SLOW = throttling.mobileSlow4G;
export const WALKS = envNumber("BENCH_WALKS", 3, 1);
export const THROTTLING = { rttMs: SLOW.rttMs, downKbps: SLOW.throughputKbps, upKbps: SLOW.uploadThroughputKbps, cpu: SLOW.cpuSlowdownMultiplier };

/** The walk: the answers tapped from /, every fix on Android, to the support step. */
export const WALK = [
  "/symptom",
  "/unliking/connection",
  "/unliking/quick-checks",
  "/unliking/device",
  "/unliking/android/update",
  "/unliking/android/cache",
  "/unliking/android/slow-down",
  "/unliking/android/log-out",
  "/unliking/android/reset",
  "/unliking/android/support",
];

/**
 * `network`: requests the step change waited for; `prefetched`: the next step's data, asked for as
 * the new step appears (not waited for).
 * `queued`: how long the click waited between its time and its first listener (JavaScript on).
 * @typedef {{ href: string, ms: number, queued?: number, network: number, prefetched: number, urls: string[] }} ThrottledSample
 */
/** @typedef {"first visit" | "return visit" | "JavaScript off"} Way */

/**
 * The page's requests (page.js's watchRequests) as this walk counts them.
 * @param {Map<string, import("./page.js").Request>} requests
 */
function counted(requests) {
  return {
    /**
     * Network requests started from the tap (`from`) to the new step's frame (`to`), wall-clock ms,
     * the connection check left out: those the step change waited for, and the prefetches the new
     * step started for the next (a `<link rel=prefetch>`, or anything started once the new step was
     * in the page, `shown`: its answers' data is fetched once the page is idle after the frame,
     * and once in 90 taps that was before the timer's own task read the time).
     */
    between(/** @type {number} */ from, /** @type {number} */ shown, /** @type {number} */ to) {
      const started = [...requests.values()].filter(
        (r) => r.kind === "network" && r.wall >= from && r.wall <= to,
      );
      const waited = (/** @type {import("./page.js").Request} */ r) => !r.prefetch && r.wall <= shown;
      return { waited: started.filter(waited), prefetched: started.filter((r) => !waited(r)) };
    },
    /** Resolves once nothing is in flight and nothing has started for `quietMs` (at most `limitMs`). */
    async quiet(quietMs = 1_000, limitMs = 15_000) {
      for (const until = Date.now() + limitMs; Date.now() < until; await sleep(50)) {
        const all = [...requests.values()];
        const last = Math.max(0, ...all.map((r) => r.wall));
        if (all.every((r) => r.done) && Date.now() - last >= quietMs) return;
      }
    },
  };
}

/** @param {import("@playwright/test").CDPSession} cdp */
async function slowDown(cdp) {
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: THROTTLING.rttMs,
    downloadThroughput: (THROTTLING.downKbps * 1024) / 8,
    uploadThroughput: (THROTTLING.upKbps * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLING.cpu });
}

/** Waits, unthrottled, for the service worker the page registers to install and take control. */
async function serviceWorkerInControl(/** @type {import("@playwright/test").Page} */ page) {
  const controlled = await page.evaluate(async () => {
    const pause = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
    await Promise.race([navigator.serviceWorker.ready, pause(30_000)]);
    for (const until = Date.now() + 10_000; !navigator.serviceWorker.controller && Date.now() < until; ) await pause(100);
    return Boolean(navigator.serviceWorker.controller);
  });
  if (!controlled) throw new Error("the service worker did not take control within 40 s");
}

/**
 * One walk, one way.
 * @param {import("@playwright/test").Browser} browser
 * @param {Way} way
 * @param {string} origin
 * @returns {Promise<ThrottledSample[]>}
 */
async function walk(browser, way, origin) {
  const javaScript = way !== "JavaScript off";
  const context = await browser.newContext({
    ...DEVICE,
    javaScriptEnabled: javaScript,
    serviceWorkers: way === "return visit" ? "allow" : "block",
  });
  try {
    if (javaScript) await context.addInitScript(stepTimer, ANSWERS);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const requests = counted(watchRequests(cdp));
    if (way === "return visit") {
      // The earlier visit: the service worker installs and precaches the site.
      await page.goto(origin + "/", { waitUntil: "load" });
      await serviceWorkerInControl(page);
    }
    await slowDown(cdp);
    await page.goto(origin + "/", { waitUntil: "load", timeout: 60_000 });
    if (javaScript) await hydrated(page);
    /** @type {ThrottledSample[]} */
    const samples = [];
    for (const href of WALK) {
      await requests.quiet();
      await sleep(1_000);
      if (javaScript) await page.evaluate(() => void (/** @type {any} */ (window).__bench = null));
      const before = Date.now();
      const link = page.locator(`${ANSWERS}[href="${href}"]`);
      await link.waitFor({ timeout: 10_000 });
      // `force`: without it Playwright checks in the page that the click lands on the link, with
      // listeners of its own that run inside the timed click (a few ms at 4× CPU). A real tap has
      // none; the link is already on screen and still here (the network has been quiet for a second).
      await link.click({ force: process.env.BENCH_PLAYWRIGHT_CHECK !== "1", delay: TAP_HOLD_MS, timeout: 10_000 });
      /** @typedef {{ t0: number, t1: number, shown?: number, queued?: number, origin: number }} Frame */
      /** @type {Frame | undefined} */
      let frame;
      if (javaScript) {
        const handle = await page.waitForFunction(() => /** @type {any} */ (window).__bench, null, { timeout: 30_000, polling: 50 });
        // waitForFunction resolves once the value is truthy: stepTimer's frame (steps.js).
        frame = /** @type {Frame} */ (await handle.jsonValue());
        if (new URL(page.url()).pathname !== href) throw new Error(`${way}: the tap on ${href} landed on ${page.url()}`);
      } else {
        await page.waitForURL(origin + href, { waitUntil: "load", timeout: 30_000 });
        // Polled from here: with JavaScript off, timers in the page never fire.
        for (let i = 0; !frame && i < 200; i++) {
          frame = await page.evaluate(() => {
            const paint = performance.getEntriesByName("first-contentful-paint")[0];
            return paint ? { t0: 0, t1: paint.startTime, origin: performance.timeOrigin } : undefined;
          });
          if (!frame) await sleep(25);
        }
        if (!frame) throw new Error(`${way}: no first-contentful-paint on ${href}`);
      }
      const { waited, prefetched } = requests.between(before, frame.origin + (frame.shown ?? frame.t1), frame.origin + frame.t1);
      samples.push({ href, ms: frame.t1 - frame.t0, queued: frame.queued, network: waited.length, prefetched: prefetched.length, urls: waited.map((r) => new URL(r.url).pathname) });
    }
    return samples;
  } finally {
    await context.close();
  }
}

/**
 * The three ways, each walked WALKS times, in turns (first visit, return visit, JavaScript off,
 * then again), so a slow spell of the machine falls on all three.
 * @param {import("@playwright/test").Browser} browser
 * @param {{ origin: string, log: (line: string) => void }} options
 * @returns {Promise<Record<Way, ThrottledSample[]>>}
 */
export async function throttledWalks(browser, { origin, log }) {
  /** @type {Record<Way, ThrottledSample[]>} */
  const results = { "first visit": [], "return visit": [], "JavaScript off": [] };
  for (let round = 1; round <= WALKS; round++) {
    for (const way of /** @type {Way[]} */ (Object.keys(results))) {
      log(`Throttled walk ${round} of ${WALKS}, ${way}…`);
      results[way].push(...(await walk(browser, way, origin)));
    }
  }
  return results;
}
