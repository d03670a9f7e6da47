// Counting answers as a reader meets it: nothing changes in the walk, each tapped answer reaches
// the server once, answers tapped offline go when the connection is back, a browser that asks not
// to be counted is not, and the figures page works without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { seriousViolations, violationsInBothSchemes } from "./support/axe.ts";
import { answer, expectStep, interactive } from "./support/walk.ts";
import { titleOf } from "./support/content.ts";

const QUEUE = "likes-troubleshooter:outcomes";
const queued = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"items":[]}').items.length as number, QUEUE);

/** Every outcome the page posts, with the server's answer. */
function watchOutcomes(page: Page) {
  const posts: Array<{ body: { from: string; to: string; id: string }; status: number }> = [];
  page.on("response", async (response) => {
    if (response.request().method() === "POST" && new URL(response.url()).pathname === "/api/outcomes") {
      posts.push({ body: response.request().postDataJSON(), status: response.status() });
    }
  });
  return posts;
}

test("each tapped answer is counted once, in the background, as the step and the answer's URL", async ({ page }) => {
  const posts = watchOutcomes(page);
  await page.goto("/");
  // Counting is the page's script; a tap before it runs is a plain link to the next page.
  await interactive(page);
  await answer(page, "start", "start");
  await answer(page, "symptom", "symptom.unliking");
  await answer(page, "connection", "answer.no");
  await expectStep(page, "quick-checks");
  await expect.poll(() => posts.length).toBe(3);
  expect(posts.map((p) => [p.body.from, p.body.to, p.status])).toEqual([
    ["/", "/symptom", 201],
    ["/symptom", "/unliking/connection", 201],
    ["/unliking/connection", "/unliking/quick-checks", 201],
  ]);
  expect(new Set(posts.map((p) => p.body.id)).size).toBe(3);
  await expect.poll(() => queued(page)).toBe(0);
});

test("a server that never answers does not slow the walk down, and the answers wait on the phone", async ({ page }) => {
  // The counting request hangs forever; the walk must not care. (Chromium sends keepalive requests
  // from the browser process, where page.route cannot hold them: the page's fetch is held instead.)
  await page.addInitScript(() => {
    const fetch = window.fetch;
    window.fetch = (input, init) => (String(input).includes("/api/outcomes") ? new Promise(() => {}) : fetch(input, init));
  });
  await page.goto("/unliking/android/update");
  await interactive(page);
  await answer(page, "update", "answer.no");
  await answer(page, "cache", "answer.no");
  await expectStep(page, "slow-down");
  await expect.poll(() => queued(page)).toBe(2);
});

test("answers tapped offline are sent once the connection is back", async ({ page, context }) => {
  const posts = watchOutcomes(page);
  await page.goto("/missing/android/cache");
  await expectStep(page, "cache");
  // Let the next steps' data arrive (prefetched once the page is idle), then lose the network.
  await page.waitForLoadState("networkidle");
  await context.setOffline(true);
  await answer(page, "cache", "answer.no");
  await expectStep(page, "slow-down");
  await expect.poll(() => queued(page)).toBe(1);
  expect(posts.filter((p) => p.status === 201)).toEqual([]);

  await context.setOffline(false);
  await expect.poll(() => posts.filter((p) => p.status === 201).map((p) => [p.body.from, p.body.to])).toEqual([["/missing/android/cache", "/missing/android/slow-down"]]);
  await expect.poll(() => queued(page)).toBe(0);
});

test.describe("a browser that sends Global Privacy Control", () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }));
  });

  test("sends nothing and keeps nothing", async ({ page }) => {
    let requests = 0;
    page.on("request", (request) => void (new URL(request.url()).pathname.startsWith("/api/") && requests++));
    await page.goto("/");
    await answer(page, "start", "start");
    await answer(page, "symptom", "symptom.dropping");
    await expectStep(page, "creator");
    await page.waitForTimeout(2_500); // longer than the idle wait before a send
    expect(requests).toBe(0);
    expect(await queued(page)).toBe(0);
  });
});

test("the footer says what is counted and links to how, and the figures page works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/unliking/android/cache");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("Each answer you tap is counted");
  await expect(footer).toContainText("Global Privacy Control");
  await footer.getByRole("link", { name: "How we count" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How we count answers");
  await expect(page.getByRole("main")).toContainText("No name, account, IP address");

  await page.goto("/stats?from=2020-01-01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which fixes work");
  await expect(page.getByRole("button", { name: "Show" })).toBeVisible();
  await context.close();
});

test("the counting pages pass axe in both schemes and fit a 320 px screen, figures included", async ({ page, request }) => {
  // Some answers so that /stats draws its charts and tables.
  for (const [from, to] of [["/unliking/android/cache", "/unliking/android/cache/fixed"], ["/unliking/android/cache", "/unliking/android/slow-down"], ["/missing/iphone/update", "/missing/iphone/update/fixed"]]) {
    expect((await request.post("/api/outcomes", { data: { from, to } })).status()).toBe(201);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  for (const href of ["/stats", "/how-we-count"]) {
    await page.goto(href);
    if (href === "/stats") await expect(page.getByRole("table").first()).toBeVisible();
    expect(await violationsInBothSchemes(page, "every rule"), href).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${href} scrolls sideways`).toBeLessThanOrEqual(320);
  }
});

test("a reader can say a step's menu looked different, with or without JavaScript, and the figures page lists it", async ({ page, browser }) => {
  await page.goto("/unliking/iphone/cache");
  await interactive(page);
  await page.getByText("The menu looked different in my app").click();
  await page.getByRole("button", { name: "A button was missing" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thanks" })).toBeVisible();
  await expect(page).toHaveURL("/unliking/iphone/cache");
  expect(await seriousViolations(page)).toEqual([]);

  // Without JavaScript the form posts, and the reader lands back on the step with the same thanks.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto("/unliking/iphone/cache");
  await expect(plain.locator("#menu-flagged")).toBeHidden();
  await plain.getByText("The menu looked different in my app").click();
  await plain.getByRole("button", { name: "A name was different" }).click();
  await expect(plain).toHaveURL("/unliking/iphone/cache#menu-flagged");
  await expect(plain.locator("#menu-flagged")).toBeVisible();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText(titleOf("cache"));
  await context.close();

  await page.goto("/stats");
  const flags = page.getByRole("table", { name: "Flags per step and what readers said was different" });
  await expect(flags.getByRole("row", { name: new RegExp(titleOf("cache")) })).toBeVisible();
});
