// `npm run bench`: step changes timed in the page, from the click to the first frame painted with
// the new heading, and the requests each makes (network, service worker, HTTP or prefetch cache).
import { ANSWERS, DEVICE, hydrated, TAP_HOLD_MS, watchRequests } from "./page.js";
import { sleep } from "./processes.js";

/**
 * Runs in every document of the step-change context. A capture-phase click listener on an answer
 * records the click's event time; a MutationObserver (and a poll every 100 ms) waits for the new step's
 * h1; the time is taken after the next frame (rAF, then a user-blocking task: approximately when
 * the frame is on screen). A click that loads a whole new document is timed in that document.
 */
export function stepTimer(/** @type {string} */ answers) {
  const KEY = "__bench_click";
  const heading = () => document.getElementById("step-heading");
  const controlled = () => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller);
  // A user-blocking task (Chromium's scheduler.postTask) runs before the page's own queued tasks, so
  // it comes right after the frame the rAF began; a message, the fallback, can wait behind tasks the
  // page queued meanwhile (React's effects), 2–30 ms late at 4× CPU against the trace's Paint.
  const sched = /** @type {any} */ (window).scheduler;
  const afterPaint = (/** @type {(t: number) => void} */ done) =>
    requestAnimationFrame(() => {
      if (sched && typeof sched.postTask === "function") {
        sched.postTask(() => done(performance.now()), { priority: "user-blocking" });
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });
  /** @type {any} */ (window).__bench = null;

  let pending = null;
  try {
    pending = JSON.parse(sessionStorage.getItem(KEY) || "null");
    sessionStorage.removeItem(KEY);
  } catch {}
  if (pending && pending.prevPath !== location.pathname) {
    const t0 = pending.epoch - performance.timeOrigin;
    const wait = () =>
      heading()
        ? afterPaint((t1) => {
            /** @type {any} */ (window).__bench = { t0, t1, origin: performance.timeOrigin, fullLoad: true, controlled: pending.controlled };
          })
        : requestAnimationFrame(wait);
    requestAnimationFrame(wait);
  }

  addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element ? event.target.closest(answers) : null;
      if (!link) return;
      const t0 = event.timeStamp;
      // How long the click waited between its time and its first listener (this one, in the capture phase).
      const queued = performance.now() - t0;
      const prevPath = location.pathname;
      const prev = heading();
      const prevText = prev && prev.textContent;
      const prevArticle = prev && prev.closest("article");
      const wasControlled = controlled();
      // Kept for the next document only if this one goes (a click that loads a whole page): storage
      // written inside the click would be timed with it (about 1 ms at 4× CPU).
      const leaving = () => sessionStorage.setItem(KEY, JSON.stringify({ epoch: performance.timeOrigin + t0, prevPath, controlled: wasControlled }));
      addEventListener("pagehide", leaving, { once: true });
      /** @type {any} */ (window).__bench = null;
      let finished = false;
      const check = () => {
        if (finished) return;
        const h1 = heading();
        if (!h1 || location.pathname === prevPath) return;
        if (h1 === prev && h1.textContent === prevText && h1.closest("article") === prevArticle) return;
        finished = true;
        // The new step is in the page: a request started after this is not one the step change waited for.
        const shown = performance.now();
        observer.disconnect();
        clearInterval(poll);
        removeEventListener("pagehide", leaving);
        afterPaint((t1) => {
          /** @type {any} */ (window).__bench = { t0, t1, shown, queued, origin: performance.timeOrigin, fullLoad: false, controlled: wasControlled };
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true });
      // In case the address changes after the DOM does; rarely, so it adds no work to each frame.
      const poll = setInterval(check, 100);
    },
    true,
  );
}

/** Small seeded PRNG, so every run walks the same answers. */
function mulberry32(/** @type {number} */ seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}



/**
 * @typedef {{
 *   href: string, ms: number, fullLoad: boolean, controlled: boolean,
 *   network: number, sw: number, cache: number, after: number, urls: string[],
 * }} StepSample
 */

/**
 * Walks answers from / in one fresh context, choosing answers with a seeded PRNG, one step
 * change per click, until `clicks` step changes are measured (or `maxMs` is spent).
 * Requests are counted from just before the click to the new h1 on screen: page requests by
 * CDP (Network.*: wallTime, served from HTTP/prefetch cache, `fromServiceWorker`, which is what
 * Playwright's response.fromServiceWorker() reads) and requests the service worker itself
 * sends (Playwright's context `request` events with request.serviceWorker()).
 * @param {import("@playwright/test").Browser} browser
 * @param {{ origin: string, clicks: number, maxMs: number, afterMs: number, log: (line: string) => void }} options
 */
export async function stepChanges(browser, { origin, clicks, maxMs, afterMs, log }) {
  const context = await browser.newContext({ ...DEVICE });
  try {
    await context.addInitScript(stepTimer, ANSWERS);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const requests = watchRequests(cdp);
    /** @type {{ url: string, at: number }[]} */
    const workerRequests = [];
    context.on("request", (request) => {
      if (request.serviceWorker()) workerRequests.push({ url: request.url(), at: Date.now() });
    });

    /** Waits until no page request is in flight and none started for `quietMs` (at most `limitMs`). */
    const settle = async (quietMs = 300, limitMs = 5_000) => {
      const until = Date.now() + limitMs;
      while (Date.now() < until) {
        const now = Date.now();
        let last = 0;
        let inFlight = false;
        for (const r of requests.values()) {
          last = Math.max(last, r.wall);
          if (!r.done && now - r.wall < limitMs) inFlight = true;
        }
        for (const r of workerRequests) last = Math.max(last, r.at);
        if (!inFlight && now - last >= quietMs) return;
        await sleep(50);
      }
    };

    /** @returns {Promise<{ t0: number, t1: number, shown?: number, queued?: number, origin: number, fullLoad: boolean, controlled: boolean } | null>} */
    const measured = async () => {
      const until = Date.now() + 10_000;
      while (Date.now() < until) {
        try {
          const handle = await page.waitForFunction(() => /** @type {any} */ (window).__bench, null, {
            timeout: Math.max(1, until - Date.now()),
            // Not "raf": a poll each frame is work in the page while the step change is timed.
            polling: 50,
          });
          return await handle.jsonValue();
        } catch (error) {
          // A click that loads a new document destroys the context being polled: poll the new one.
          if (!/context was destroyed|navigat/i.test(String(error))) return null;
          await sleep(20);
        }
      }
      return null;
    };

    const random = mulberry32(5);
    /** @type {StepSample[]} */
    const samples = [];
    /** @type {string[]} */
    const failures = [];
    const started = Date.now();
    for (let walk = 0; samples.length < clicks && Date.now() - started < maxMs && failures.length < 5; walk++) {
      await page.goto(origin + "/", { waitUntil: "load", timeout: 20_000 });
      await hydrated(page);
      if (walk === 0) {
        // A service worker the page registers installs and takes control while a person reads the
        // first page: let it (bounded), so its precache is not counted against the first answer.
        await page.evaluate(async () => {
          const pause = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
          if (!("serviceWorker" in navigator)) return;
          let registration;
          for (const until = Date.now() + 3_000; !(registration = await navigator.serviceWorker.getRegistration()) && Date.now() < until; ) await pause(100);
          if (!registration) return;
          await Promise.race([navigator.serviceWorker.ready, pause(15_000)]);
          for (const until = Date.now() + 5_000; !navigator.serviceWorker.controller && Date.now() < until; ) await pause(100);
        });
        await settle(1_000, 15_000);
      } else {
        await settle(500);
      }
      for (let depth = 0; depth < 20 && samples.length < clicks && Date.now() - started < maxMs; depth++) {
        const links = page.locator(ANSWERS);
        const count = await links.count();
        if (count === 0) break;
        const link = links.nth(Math.floor(random() * count));
        const href = (await link.getAttribute("href")) ?? "?";
        const from = new URL(page.url()).pathname;
        await page.evaluate(() => {
          /** @type {any} */ (window).__bench = null;
        });
        const before = Date.now();
        await link.click({ delay: TAP_HOLD_MS, timeout: 5_000 });
        const result = await measured();
        if (!result) {
          failures.push(`${from} → ${href}`);
          break;
        }
        // Requests are the step change's until the new step is in the page (a whole page load: until its frame).
        const end = result.origin + (result.shown ?? result.t1);
        await settle(Math.max(300, afterMs));
        let network = 0;
        let sw = 0;
        let cache = 0;
        let after = 0;
        /** @type {string[]} */
        const urls = [];
        for (const r of requests.values()) {
          if (r.wall >= before && r.wall <= end) {
            if (r.kind === "network") network++;
            else if (r.kind === "sw") sw++;
            else cache++;
            urls.push(`${r.kind} ${new URL(r.url).pathname}`);
          } else if (r.wall > end && r.wall <= end + afterMs && r.kind === "network") after++;
        }
        for (const r of workerRequests) {
          if (r.at >= before && r.at <= end) {
            network++;
            urls.push(`sw→network ${new URL(r.url).pathname}`);
          } else if (r.at > end && r.at <= end + afterMs) after++;
        }
        samples.push({ href, ms: result.t1 - result.t0, fullLoad: result.fullLoad, controlled: result.controlled, network, sw, cache, after, urls });
      }
      log(`  walk ${walk + 1}: ${samples.length} step changes measured`);
    }
    return { samples, failures };
  } finally {
    await context.close();
  }
}
