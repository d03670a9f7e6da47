// Step data on a tap: the copy fetched while the reader reads is the one used, and a deploy in the
// middle of a walk never mixes two builds (src/routes/step.tsx, src/lib/step-data.ts).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type CDPSession, type Page } from "@playwright/test";
import { freePort } from "../lib/testing/ports.js";
import { answer, expectStep, interactive } from "./support/walk.ts";

/** Step data responses, as CDP sees them: who asked (React Router's fetch or a prefetch) and from where. */
async function watchStepData(cdp: CDPSession) {
  await cdp.send("Network.enable");
  const seen: { url: string; type: string; fromNetwork: boolean }[] = [];
  cdp.on("Network.responseReceived", (event) => {
    const { url, fromDiskCache, fromPrefetchCache, fromServiceWorker } = event.response;
    if (!new URL(url).pathname.endsWith(".data")) return;
    seen.push({ url: new URL(url).pathname + new URL(url).search, type: event.type, fromNetwork: !(fromDiskCache || fromPrefetchCache || fromServiceWorker) });
  });
  return seen;
}

test("a tap uses the step data fetched while the reader read the step: no request at all", async ({ page, context }) => {
  const seen = await watchStepData(await context.newCDPSession(page));
  await page.goto("/unliking/android/update");
  // Both answers' data arrive while the reader reads.
  await expect.poll(() => seen.map((s) => s.url).sort()).toEqual([
    "/unliking/android/cache.data?_routes=step",
    "/unliking/android/update/fixed.data?_routes=step",
  ]);
  await answer(page, "update", "answer.no");
  await expectStep(page, "cache");
  // The next step's answers are fetched in turn, once the page is idle…
  await expect.poll(() => seen.length).toBe(4);
  expect(seen.slice(2).map((s) => s.url).sort()).toEqual([
    "/unliking/android/cache/fixed.data?_routes=step",
    "/unliking/android/slow-down.data?_routes=step",
  ]);
  // …and the step itself came from the data already in the page: its file was asked for once,
  // before the tap, and not again (not even from the HTTP cache).
  expect(seen.filter((s) => s.url.startsWith("/unliking/android/cache.data"))).toHaveLength(1);
});

test("a prefetch that never answers does not hold up the tap: the tap asks again", async ({ page }) => {
  let asked = 0;
  await page.route("**/unliking/android/cache.data?*", async (route) => {
    // The first request (the prefetch) stalls for good, as on a patchy mobile connection.
    if (asked++ > 0) await route.continue();
  });
  await page.goto("/unliking/android/update");
  await expect.poll(() => asked).toBe(1);
  await answer(page, "update", "answer.no");
  await expectStep(page, "cache");
  expect(asked).toBe(2);
});

test("the support report's code arrives while the reader reads the step before: the tap draws the report with the step", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto("/unliking/too-fast/slow-down");
  await expect.poll(() => scripts.filter((s) => s.includes("/support-report-"))).toHaveLength(1);
  // And whatever else this step fetches while it is read (its counts line's code, when the line is
  // near the screen): once that has settled, the tap may ask for nothing more.
  await page.waitForLoadState("networkidle");
  const before = scripts.length;
  await answer(page, "slow-down", "answer.no");
  await expectStep(page, "support");
  expect(await page.getByRole("textbox", { name: /Everything you tried/ }).count()).toBe(1);
  expect(scripts.slice(before)).toEqual([]);
});

test("if the support report's code cannot be fetched, the tap loads the step as a whole page, and its report stays", async ({ page }) => {
  let attempts = 0;
  await page.route(/\/assets\/support-report-[\w-]+\.js$/, (route) => {
    attempts++;
    return route.abort("internetdisconnected");
  });
  const documents: string[] = [];
  let attemptsBeforeSupportPage = -1;
  page.on("request", (request) => {
    if (request.resourceType() !== "document") return;
    documents.push(new URL(request.url()).pathname);
    attemptsBeforeSupportPage = attempts;
  });
  await page.goto("/unliking/too-fast/slow-down");
  await interactive(page);
  await answer(page, "slow-down", "answer.no");
  await expectStep(page, "support");
  expect(documents).toEqual(["/unliking/too-fast/slow-down", "/unliking/too-fast/support"]);
  // The new page asks for the code once more as it becomes interactive; that fails too, and the
  // prerendered report is kept (without its Copy button), not replaced by a message.
  await interactive(page);
  await expect.poll(() => attempts).toBeGreaterThan(attemptsBeforeSupportPage);
  await page.waitForTimeout(500);
  await expect(page.getByRole("textbox", { name: /Everything you tried/ })).toHaveValue(/What I have already tried:/);
  await expect(page.getByText("The report could not be loaded")).toHaveCount(0);
});

test.describe("a deploy in the middle of a walk", () => {
  // Two real builds of the same sources differ in their build id (and so in the file names of the
  // code that carries it); the second is built for another public address, which every page names
  // in its canonical link, so each page shows which build it came from.
  const NEXT = "https://next.example";
  let tmp: string;
  let next: string;
  let live: string;
  let server: ChildProcess | undefined;
  let serverLog = "";
  let origin: string;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // Inside the checkout: the prerender imports the server build, which must find node_modules.
    mkdirSync(path.join("node_modules", ".cache"), { recursive: true });
    tmp = mkdtempSync(path.join("node_modules", ".cache", "likes-deploy-"));
    next = path.resolve(tmp, "next");
    const build = spawnSync(process.execPath, [path.join("node_modules", "@react-router", "dev", "bin.js"), "build"], {
      // Without compressed copies: the server sends the files as they are, and the copies were
      // two thirds of the build's time (compression has its own test in server.spec.ts).
      env: { ...process.env, LIKES_BUILD_DIR: next, PUBLIC_ORIGIN: NEXT, PRECOMPRESS: "off" },
      encoding: "utf8",
    });
    expect(build.status, build.stderr).toBe(0);
    live = path.resolve(tmp, "live");
    // The served build without its compressed copies too, or they would outlive the deploy.
    cpSync(path.join("build", "client"), live, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [path.join("server", "start.js")], {
      env: { ...process.env, BUILD_DIR: live, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: path.join(tmp, "data"), OUTCOMES_RATE_LIMIT: "0" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    server.stderr!.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
    // A fresh embedded outcomes database takes a few seconds to create.
    await expect.poll(() => fetch(origin + "/").then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(tmp, { recursive: true, force: true });
  });

  /**
   * Puts the second build where the server serves the first, `_headers` last as a build writes it
   * (the server takes a new `_headers` as a finished build); resolves once the server says it
   * serves the new build.
   */
  async function deploy() {
    const from = path.join(next, "client");
    cpSync(from, live, { recursive: true, force: true, filter: (source) => path.relative(from, source) !== "_headers" });
    cpSync(path.join(from, "_headers"), path.join(live, "_headers"));
    await expect.poll(() => serverLog, { timeout: 10_000 }).toMatch(/A new build appeared in .*: serving it\./);
  }

  const canonical = (page: Page) => page.locator("link[rel=canonical]").getAttribute("href");

  test("the reader finishes the step from the old build, then gets the new one whole, never an error", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const documents: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "document") documents.push(new URL(request.url()).pathname);
    });
    const seen = await watchStepData(await page.context().newCDPSession(page));
    await page.goto(origin + "/unliking/android/update");
    await page.waitForFunction(() => "__reactRouterDataRouter" in window);
    await expect.poll(() => seen.length).toBe(2);
    expect(await canonical(page)).not.toContain(NEXT);

    await deploy();

    // The tap uses the data fetched before the deploy: the old build's step, in the old page.
    await answer(page, "update", "answer.no");
    await expectStep(page, "cache");
    expect(await canonical(page)).not.toContain(NEXT);
    expect(documents).toEqual(["/unliking/android/update"]);

    // The next step's data now comes from the new build: the step loads as a whole new page.
    await answer(page, "cache", "answer.no");
    await expectStep(page, "slow-down");
    await expect.poll(() => canonical(page)).toBe(`${NEXT}/unliking/android/slow-down`);
    expect(documents).toEqual(["/unliking/android/update", "/unliking/android/slow-down"]);

    // From then on, new build with new data: taps stay in the page.
    await page.waitForFunction(() => "__reactRouterDataRouter" in window);
    await answer(page, "slow-down", "answer.no");
    await expectStep(page, "log-out");
    await expect.poll(() => canonical(page)).toBe(`${NEXT}/unliking/android/log-out`);
    expect(documents).toHaveLength(2);

    // The next visit starts on the new build.
    await page.goto(origin + "/");
    expect(await canonical(page)).toBe(`${NEXT}/`);
    expect(errors).toEqual([]);
  });
});
