// Is it just me? The site's own counts on the steps, as a reader meets them: the live level of a
// problem on the quick checks and the outage step, how often a fix worked on the fix. The browser
// tests' database holds made-up counts (e2e/support/seed.js, marked synthetic): a steady usual for
// every problem, a burst of reports of likes on videos dropping, answers to the reset on iPhone.
import { expect, test, type Page } from "@playwright/test";
import { languages } from "../src/content/languages.ts";
import { localHref } from "../src/lib/language-path.ts";
import { evidenceSentence, liveSentence } from "../src/lib/live-counts.ts";
import { countsText } from "../src/lib/text/counts.ts";
import { seriousViolations, violationsInBothSchemes } from "./support/axe.ts";
import { labelOf } from "./support/content.ts";
import { SEEDED } from "./support/seeded.js";
import { expectStep, interactive } from "./support/walk.ts";

const level = (page: Page) => page.getByTestId("live-level");

const evidence = (page: Page) => page.getByTestId("fix-evidence");

/** Opens a step and scrolls to where the counts go: they are fetched only once a reader nears them. */
async function openAtCounts(page: Page, href: string) {
  await page.goto(href);
  await page.getByTestId("counts-slot").scrollIntoViewIfNeeded();
}

test("a burst of reports says 'most likely TikTok's side' on the quick checks and the outage step; a quiet problem says 'no sign'", async ({ page }) => {
  await openAtCounts(page, "/dropping/quick-checks");
  await expect(level(page)).toContainText(/\d+ readers reported likes on their videos dropping in the last hour, about \d+× the usual for this time of the week: most likely a problem on TikTok's side\./);
  const reports = Number(/(\d+) readers/.exec((await level(page).textContent()) ?? "")?.[1]);
  expect(reports).toBeGreaterThanOrEqual(SEEDED.burst);

  await openAtCounts(page, "/dropping/many-people/outage");
  await expect(level(page)).toContainText("most likely a problem on TikTok's side");

  await openAtCounts(page, "/unliking/quick-checks");
  await expect(level(page)).toHaveText(/^Our live count: No sign of a wider problem in our counts right now\. How we count$/);
  expect(await violationsInBothSchemes(page, "every rule")).toEqual([]);
  await level(page).getByRole("link", { name: "How we count" }).click();
  await expect(page.getByRole("heading", { name: "Is it just me? The live count" })).toBeVisible();

  // The figures page charts the last 48 hours of each problem against the usual, in words too.
  await page.goto("/stats");
  await expect(page.getByRole("heading", { name: "Reports in the last 48 hours" })).toBeVisible();
  const charts = page.getByRole("img", { name: /reports in the last 48 hours, against about \d+ usually in those hours/ });
  await expect(charts).toHaveCount(3);
  const burst = Number(/([\d,]+) reports in the last 48 hours/.exec((await charts.nth(2).getAttribute("aria-label")) ?? "")?.[1]?.replace(",", ""));
  expect(burst).toBeGreaterThanOrEqual(SEEDED.burst * 2);
  expect(await violationsInBothSchemes(page, "every rule"), "/stats").toEqual([]);
});

test("a fix shows how often it worked on this phone, the same figure as /stats, and nothing below the minimum", async ({ page }) => {
  const { answered, worked } = SEEDED.fix;
  await openAtCounts(page, "/missing/iphone/reset");
  await expect(evidence(page)).toContainText(
    new RegExp(`^Worked for ${Math.round((100 * worked) / answered)}% of ${answered} readers who tried it on iPhone or iPad in the last 90 days \\(likely \\d+%–\\d+%\\)\\.`),
  );
  expect(await seriousViolations(page)).toEqual([]);
  await evidence(page).getByRole("link", { name: "All the figures" }).click();
  await expect(page).toHaveURL(/\/stats\?from=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("main")).toContainText(`${answered}`);

  // The same fix on Android has no answers: no line, and nothing in its place but the kept space.
  await openAtCounts(page, "/missing/android/reset");
  await interactive(page);
  await page.waitForResponse((r) => r.url().endsWith("/api/outcomes/evidence")).catch(() => {});
  await expect(evidence(page)).toHaveCount(0);
});

for (const [name, width] of [["a Pixel 7", 412], ["a 320 px screen", 320]] as const) {
  test(`the line never moves the step on ${name}: its space is kept from the first paint, and nothing shifts when it arrives`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    let release = () => {};
    let held = new Promise<void>((go) => (release = go));
    await page.route(/\/api\/outcomes\/(live|evidence)$/, async (route) => {
      await held;
      await route.continue();
    });
    // Each shift, with what moved and from where to where.
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: string[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }[]) {
          const moved = entry.sources.map(({ node, previousRect: a, currentRect: b }) => `${node?.nodeName} "${node?.textContent?.slice(0, 30)}" y ${a.y}→${b.y}, height ${a.height}→${b.height}`);
          w.shifts.push(`${entry.value.toFixed(5)}: ${moved.join("; ")}`);
        }
      }).observe({ type: "layout-shift" });
    });
    const shifts = () => page.evaluate(() => (window as unknown as { shifts: string[] }).shifts.splice(0));
    // The longest live line (a burst: "most likely…"), in English and in Spanish, then a fix's figure.
    for (const [href, line] of [["/dropping/quick-checks", level], ["/es/dropping/quick-checks", level], ["/missing/iphone/reset", evidence]] as const) {
      held = new Promise<void>((go) => (release = go));
      await openAtCounts(page, href);
      await interactive(page, href.startsWith("/es") ? "es" : "en");
      const question = page.locator("#question");
      const before = await question.boundingBox();
      // From here on: what the line's arrival moves.
      await shifts();
      release();
      await expect(line(page)).toBeVisible();
      expect(await question.boundingBox(), href).toEqual(before);
      expect(await shifts(), href).toEqual([]);
    }
  });
}

test("the kept space holds the longest line each language can show, on screens from 320 px up", async ({ page }) => {
  for (const lang of languages) {
    const text = countsText[lang];
    const device = { id: "iphone", label: labelOf("device", "device.iphone", lang) };
    const many = { reports: 9_999, usual: 1, ratio: 999 };
    const longest = [
      { href: "/dropping/quick-checks", line: level, sentences: Object.keys(text.live.reportedAs).flatMap((symptom) => (["high", "raised"] as const).map((l) => liveSentence(symptom, { ...many, level: l }, text)!)) },
      {
        href: "/missing/iphone/reset",
        line: evidence,
        sentences: [evidenceSentence({ from: "2026-01-01", days: 90, fixes: { reset: { all: null, byDevice: { iphone: { answered: 9_999, worked: 9_998, share: 0.999, interval: [0.999, 0.999] } } } } }, "reset", device, text)!],
      },
    ];
    for (const { href, line, sentences } of longest) {
      await page.setViewportSize({ width: 412, height: 800 });
      await openAtCounts(page, localHref(href, lang));
      await expect(line(page)).toBeVisible();
      for (const width of [320, 360, 399, 400, 480]) {
        await page.setViewportSize({ width, height: 800 });
        // Each sentence in place of the one shown, against the space kept for it.
        const overflowing = await line(page).evaluate((p, sentences) => {
          const slot = p.closest<HTMLElement>("[data-testid=counts-slot]")!;
          const kept = parseFloat(getComputedStyle(slot).minHeight);
          const sentence = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim().length > 0)!;
          return sentences.filter((s) => {
            sentence.textContent = s;
            return p.getBoundingClientRect().height > kept;
          });
        }, sentences);
        expect(overflowing, `${localHref(href, lang)} at ${width} px`).toEqual([]);
      }
    }
  }
});

test("the counts' code and figures are fetched only when the reader scrolls near them, below the fold", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/api/outcomes/evidence") || /\/assets\/(live-counts|queryOptions)-/.test(pathname)) fetched.push(pathname);
  });
  await page.goto("/missing/iphone/reset");
  await interactive(page);
  await page.waitForTimeout(1_000);
  expect(fetched).toEqual([]);
  await page.getByTestId("counts-slot").scrollIntoViewIfNeeded();
  await expect(evidence(page)).toBeVisible();
  expect(fetched).toContain("/api/outcomes/evidence");
});

test("without the counts (API off, offline, JavaScript off) the step reads as it always has", async ({ page, context, browser }) => {
  await page.route("**/api/outcomes/live", (route) => route.fulfill({ status: 404, body: "" }));
  await openAtCounts(page, "/dropping/quick-checks");
  await interactive(page);
  await page.waitForTimeout(500);
  await expect(level(page)).toHaveCount(0);
  await page.unroute("**/api/outcomes/live");

  // Offline by the time the count would arrive: nothing in its place.
  let release = () => {};
  const held = new Promise<void>((go) => (release = go));
  await page.route("**/api/outcomes/live", async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await openAtCounts(page, "/dropping/quick-checks");
  await interactive(page);
  await context.setOffline(true);
  release();
  await page.waitForTimeout(1000);
  await expect(level(page)).toHaveCount(0);
  await context.setOffline(false);

  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto("/dropping/quick-checks");
  await expectStep(noScript, "quick-checks");
  await expect(noScript.getByTestId("counts-slot")).toBeHidden();
  await expect(level(noScript)).toHaveCount(0);
  await plain.close();
});
