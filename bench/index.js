// `npm run bench` (issue #5): figures, not tests. Builds, serves a copy of the production build with
// `node server/start.js` on BENCH_PORT (default 4300) and the static "floor" pages with sirv on
// BENCH_PORT + 1, then prints one markdown table:
//   - Lighthouse (node API, default config: mobile, simulated throttling) on 4 pages and on their
//     floor (the same text as plain static HTML), and our LCP as a ratio to the floor's;
//   - JS and CSS a first visit loads before any interaction (raw, gzip -9, brotli -q 11);
//   - step-change time in Chromium (Playwright), click → new h1 on screen, and the requests a
//     step change makes (network vs service worker vs HTTP/prefetch cache);
//   - then a second table: walks to the support step on a throttled phone (throttled.js), as a
//     first visit, a return visit and with JavaScript off.
// Targets are printed beside the figures. Exits 0 whether or not they are met; non-zero only
// when the bench itself fails. Progress goes to stderr, the table to stdout.
//
// Env: CHROMIUM_PATH (see lib/testing/chromium.js: else a system Chromium or Chrome, else Playwright's own;
// Lighthouse uses the same), BENCH_PORT, BENCH_SKIP_BUILD=1 (use build/client as it is),
// BENCH_CLICKS (step changes to time, default 40), BENCH_LH_RUNS (Lighthouse runs per page, the
// run with the lowest LCP shown; default 2, passes after the first only within BENCH_BUDGET_S,
// default 480 s from the start), BENCH_WALKS (throttled walks per way, default 3),
// BENCH_TAP_HOLD_MS (how long a tap holds the button, default 50; page.js),
// BENCH_VERBOSE=1 (failing audits, files, request URLs, every throttled tap).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { benchBrowserPath, chromiumArgs } from "../lib/testing/chromium.js";
import { HOST, portFree } from "../lib/testing/ports.js";
import { firstLoadBytes } from "./bytes.js";
import { stepChanges } from "./steps.js";
import { startFloor } from "./floor.js";
import { runLighthouse } from "./lighthouse.js";
import { elapsed, envNumber, log, onCleanUp, root, runBench, startApp } from "./processes.js";
import { printReport, printThrottled } from "./report.js";
import { THROTTLING, throttledWalks } from "./throttled.js";

const chromiumPath = benchBrowserPath();

const PORT = envNumber("BENCH_PORT", 4300);
const FLOOR_PORT = PORT + 1;
const ORIGIN = `http://${HOST}:${PORT}`;
const FLOOR_ORIGIN = `http://${HOST}:${FLOOR_PORT}`;
const PAGES = /** @type {const} */ (["/", "/unliking/android/cache", "/missing/iphone/support", "/dropping/guidelines"]);
/** @typedef {typeof PAGES[number]} Page */
const DEEP = "/unliking/android/cache";
const CLICKS = envNumber("BENCH_CLICKS", 40, 30);
const AFTER_MS = 500;
const LH_RUNS = envNumber("BENCH_LH_RUNS", 2, 1);
/** Extra Lighthouse passes start only if they should end by then. */
const BUDGET_MS = envNumber("BENCH_BUDGET_S", 480) * 1000;
const VERBOSE = process.env.BENCH_VERBOSE === "1";
/** Past this the run is stopped as broken (a run takes about 7 minutes). */
const HARD_LIMIT_MS = 14 * 60_000;
/** chrome-launcher starts a headed browser unless told otherwise; Playwright adds its own flag. */
const CHROME_FLAGS = ["--headless=new", ...chromiumArgs];


async function main() {
  for (const port of [PORT, FLOOR_PORT]) {
    if (!(await portFree(port))) throw new Error(`port ${port} is in use: set BENCH_PORT to another (it uses BENCH_PORT and BENCH_PORT + 1)`);
  }

  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("Building (npm run build)…");
    const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", 2, 2], timeout: 240_000 });
    if (build.status !== 0) throw new Error(`npm run build failed (${build.error?.message ?? `exit ${build.status}`})`);
  }
  const buildDir = path.join(root, "build", "client");
  if (!existsSync(path.join(buildDir, "_headers"))) throw new Error("build/client has no _headers: no complete build");

  // A private copy: another `npm run build` in this checkout cannot change what is measured.
  const tmp = mkdtempSync(path.join(os.tmpdir(), "likes-bench-"));
  onCleanUp(() => rmSync(tmp, { recursive: true, force: true }));
  const siteDir = path.join(tmp, "site");
  cpSync(buildDir, siteDir, { recursive: true });
  for (const page of PAGES) {
    if (!existsSync(path.join(siteDir, page === "/" ? "index.html" : `${page.slice(1)}/index.html`))) throw new Error(`the build has no page ${page}`);
  }
  await startApp(siteDir, PORT);
  await startFloor(siteDir, path.join(tmp, "floor"), PAGES, FLOOR_PORT);
  log(`Serving ${ORIGIN} (app) and ${FLOOR_ORIGIN} (floor).`);

  // Playwright: bytes and step changes.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, timeout: 30_000 });
  onCleanUp(() => browser.close());
  log("First-load bytes…");
  // Typed as the whole record it is once the next line has filled it.
  const bytes = /** @type {Record<"/" | typeof DEEP, Awaited<ReturnType<typeof firstLoadBytes>>>} */ ({});
  for (const page of /** @type {const} */ (["/", DEEP])) bytes[page] = await firstLoadBytes(browser, ORIGIN, page, siteDir);
  log(`Step changes (${CLICKS} clicks)…`);
  const steps = await stepChanges(browser, { origin: ORIGIN, clicks: CLICKS, maxMs: 120_000, afterMs: AFTER_MS, log });
  const throttled = await throttledWalks(browser, { origin: ORIGIN, log });
  await browser.close();
  if (steps.samples.length < 30) {
    throw new Error(`only ${steps.samples.length} step changes measured (failures: ${steps.failures.join("; ") || "none"})`);
  }

  // Lighthouse, ours and floor alternately so machine noise hits both alike. A second pass (up to
  // BENCH_LH_RUNS) runs only if it should end within the time budget; per page and side the run
  // with the lowest LCP is shown, since noise from this shared machine only adds time.
  /** @typedef {import("./lighthouse.js").LighthouseFigures} Figures */
  /** @typedef {{ ours: Figures[], floor: Figures[] }} Runs */
  const lhOptions = { chromePath: chromiumPath, chromeFlags: CHROME_FLAGS, timeoutMs: 120_000 };
  const attempt = async (/** @type {string} */ url) => {
    for (let tries = 1; ; tries++) {
      try {
        return await runLighthouse(url, lhOptions);
      } catch (error) {
        // Under load Chromium's trace sometimes misses the navigation (NO_NAVSTART, NO_FCP): run again.
        if (tries >= 3) throw error;
        log(`  try ${tries} failed, again: ${/** @type {Error} */ (error).message}`);
      }
    }
  };
  // Records built from PAGES have every page.
  const runs = /** @type {Record<Page, Runs>} */ (Object.fromEntries(PAGES.map(/** @returns {[Page, Runs]} */ (page) => [page, { ours: [], floor: [] }])));
  let passes = 0;
  let passMs = 0;
  for (let pass = 1; pass <= LH_RUNS; pass++) {
    if (pass > 1 && elapsed() * 1000 + passMs > BUDGET_MS) {
      log(`No Lighthouse pass ${pass}: it would end past the ${BUDGET_MS / 1000} s budget (BENCH_BUDGET_S).`);
      break;
    }
    const passStart = Date.now();
    for (const page of PAGES) {
      log(`Lighthouse pass ${pass}: ${page}…`);
      for (const [side, origin] of /** @type {const} */ ([["ours", ORIGIN], ["floor", FLOOR_ORIGIN]])) {
        try {
          runs[page][side].push(await attempt(origin + page));
        } catch (error) {
          if (pass === 1) throw error;
          log(`  keeping pass 1 for ${side} ${page}: ${/** @type {Error} */ (error).message}`);
        }
      }
    }
    passMs = Date.now() - passStart;
    passes = pass;
  }
  const best = (/** @type {Figures[]} */ list) => list.reduce((a, b) => (b.lcp < a.lcp ? b : a));
  const lh = /** @type {Record<Page, { ours: Figures, floor: Figures }>} */ (Object.fromEntries(PAGES.map((page) => [page, { ours: best(runs[page].ours), floor: best(runs[page].floor) }])));

  const report = captureLog(() => {
    printReport({ lh, bytes, steps, passes, pages: PAGES, deep: DEEP, afterMs: AFTER_MS, verbose: VERBOSE, browserName: path.basename(chromiumPath) });
    printThrottled(throttled, THROTTLING, VERBOSE);
  });
  const file = writeResults(report);
  log(`Figures written to ${path.relative(root, file)}`);
}

/**
 * Runs `print`, passing its console.log output through and handing it back as text: the same
 * tables go to the terminal and into the dated results file.
 * @param {() => void} print
 */
function captureLog(print) {
  /** @type {string[]} */
  const lines = [];
  const original = console.log;
  console.log = (...args) => {
    lines.push(args.join(" "));
    original(...args);
  };
  try {
    print();
  } finally {
    console.log = original;
  }
  return lines.join("\n");
}

/**
 * The bench's figures, dated, in docs/performance/results/: the record of what was measured, so
 * nobody copies figures into prose by hand. Two runs on one day get a suffix.
 * @param {string} report
 */
function writeResults(report) {
  const dir = path.join(root, "docs", "performance");
  mkdirSync(dir, { recursive: true });
  const day = new Date().toISOString().slice(0, 10);
  let file = path.join(dir, `${day}.md`);
  for (let n = 2; existsSync(file); n++) file = path.join(dir, `${day}-${n}.md`);
  const header = `# npm run bench, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC\n\nMachine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; browser ${path.basename(chromiumPath)}; Node ${process.version}.\n\n`;
  writeFileSync(file, `${header}${report}\n`);
  return file;
}

await runBench(main, HARD_LIMIT_MS);
