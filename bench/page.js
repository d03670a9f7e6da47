// What the Playwright parts of `npm run bench` share: the phone they pretend to be, the answer
// links, waiting for the app to take over a page, and the page's requests as CDP reports them.
import { devices } from "@playwright/test";
import { envNumber } from "./processes.js";

export const DEVICE = devices["Pixel 7"];
export const ANSWERS = 'section[aria-labelledby="question"] a';

/**
 * How long a tap holds the button down (BENCH_TAP_HOLD_MS, default 50). Playwright's click sends
 * the release right behind the press, so the release, whose time is the click's, waited in the
 * page's queue behind the press's own work (pointer events, focus, the :active frame): up to 31 ms
 * at 4× CPU on a first tap, counted in the tap. A finger rests on the glass between the two, and
 * the press's work is done by the time it lifts. 0 gives the old protocol.
 */
export const TAP_HOLD_MS = envNumber("BENCH_TAP_HOLD_MS", 50, 0);

export async function hydrated(/** @type {import("@playwright/test").Page} */ page) {
  await page.waitForFunction(
    (selector) => {
      const link = document.querySelector(selector);
      return !!link && Object.keys(link).some((key) => key.startsWith("__reactProps"));
    },
    ANSWERS,
    { timeout: 15_000 },
  );
}

/**
 * @typedef {{ url: string, wall: number, kind: "network" | "cache" | "sw", prefetch: boolean, done: boolean }} Request
 * `wall`: when it started (ms since the epoch); `kind`: sent to the network, served from the HTTP
 * or prefetch cache, or answered by the service worker; `prefetch`: a `<link rel=prefetch>`.
 */

/** Requests no step change waits for: the live connection check, and counting the answer (sent once the page is idle). */
const BACKGROUND = /^\/(ping\.txt|api\/outcomes)$/;

/**
 * Every request the page makes from now on, by CDP request id (`Network.enable` must be sent),
 * background requests (BACKGROUND) left out.
 * @param {import("@playwright/test").CDPSession} cdp
 * @returns {Map<string, Request>}
 */
export function watchRequests(cdp) {
  /** @type {Map<string, Request>} */
  const requests = new Map();
  cdp.on("Network.requestWillBeSent", (e) => {
    if (requests.has(e.requestId) || BACKGROUND.test(new URL(e.request.url).pathname)) return;
    const headers = Object.fromEntries(Object.entries(e.request.headers).map(([name, value]) => [name.toLowerCase(), value]));
    const prefetch = /prefetch/.test(headers["sec-purpose"] ?? headers["purpose"] ?? "");
    requests.set(e.requestId, { url: e.request.url, wall: e.wallTime * 1000, kind: "network", prefetch, done: false });
  });
  cdp.on("Network.requestServedFromCache", (e) => {
    const request = requests.get(e.requestId);
    if (request) request.kind = "cache";
  });
  cdp.on("Network.responseReceived", (e) => {
    const request = requests.get(e.requestId);
    if (!request) return;
    if (e.response.fromServiceWorker) request.kind = "sw";
    else if (e.response.fromDiskCache || e.response.fromPrefetchCache) request.kind = "cache";
  });
  const finish = (/** @type {{ requestId: string }} */ e) => {
    const request = requests.get(e.requestId);
    if (request) request.done = true;
  };
  cdp.on("Network.loadingFinished", finish);
  cdp.on("Network.loadingFailed", finish);
  return requests;
}
