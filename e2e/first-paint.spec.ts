// A page paints its text first and asks for everything else after (postbuild/defer-modules.js, the
// icon and the manifest in src/root.tsx), and it keeps the reader's place in the page across a
// reload and Back (src/components/scroll-restore.tsx).
import { expect, test } from "@playwright/test";
import { answerLink, expectStep, holdScripts, interactive } from "./support/walk.ts";

test("a step is on screen before its scripts are asked for, and the icon is in the page: no request for it", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.resourceType()} ${new URL(request.url()).pathname}`));
  await page.goto("/unliking/android/cache");
  await interactive(page);
  const { paint, scripts } = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    scripts: performance
      .getEntriesByType("resource")
      .filter((entry) => new URL(entry.name).pathname.endsWith(".js"))
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
  }));
  expect(paint).toBeGreaterThan(0);
  expect(scripts.length).toBeGreaterThan(2);
  for (const script of scripts) expect(script.start, `${script.path} asked for before the first paint`).toBeGreaterThanOrEqual(paint!);
  expect(requests.filter((r) => r.startsWith("image ") || r.includes("favicon"))).toEqual([]);
  await expect(page.locator("link[rel=icon]")).toHaveAttribute("href", /^data:image\/png;base64,/);
});

test.describe("the reader's place in a page", () => {
  test.use({ viewport: { width: 360, height: 400 } });

  test("a reload opens where the reader was, before the scripts run", async ({ page }) => {
    await page.goto("/unliking/android/cache");
    await interactive(page);
    await page.evaluate(() => window.scrollTo(0, 300));
    await page.reload({ waitUntil: "domcontentloaded" });
    // The page's own inline script has put it back; the module scripts wait for the first paint.
    expect(await page.evaluate(() => window.scrollY)).toBe(300);
    await interactive(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(300);
  });

  test("a new step opens at its top, and Back returns to where the reader was", async ({ page }) => {
    await page.goto("/unliking/android/update");
    await interactive(page);
    const link = answerLink(page, "update", "answer.no");
    await link.scrollIntoViewIfNeeded();
    const there = await page.evaluate(() => window.scrollY);
    expect(there).toBeGreaterThan(0);
    await link.click();
    await expectStep(page, "cache");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await expectStep(page, "update");
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(there);
  });

  test("Back or Forward before the scripts have run still shows the step in the address bar", async ({ page }) => {
    await page.goto("/symptom");
    await interactive(page);
    await answerLink(page, "symptom", "symptom.dropping").click();
    await expectStep(page, "creator");
    await page.goBack();
    await expectStep(page, "symptom");
    // A reload whose scripts are held back, then Forward: the entry Forward goes to was made by the
    // page before the reload, so the address bar moves and nothing loads.
    const release = await holdScripts(page);
    await page.reload({ waitUntil: "domcontentloaded" });
    await page.goForward();
    await expect(page).toHaveURL("/dropping/creator");
    await expectStep(page, "symptom");
    // Once the scripts arrive, the page of the address bar is what the reader sees.
    release();
    await expectStep(page, "creator");
    await interactive(page);
  });
});
