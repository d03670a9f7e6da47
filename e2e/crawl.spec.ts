import { expect, test } from "@playwright/test";
import { allSteps } from "../src/wizard/steps.ts";

test.use({ javaScriptEnabled: false });

test("a crawl from / with JavaScript off reaches every step and finds no broken link", async ({ page }) => {
  test.setTimeout(120_000);
  const seen = new Map<string, number>();
  const queue = ["/"];
  while (queue.length > 0) {
    const href = queue.shift()!;
    if (seen.has(href)) continue;
    const response = await page.goto(href);
    seen.set(href, response?.status() ?? 0);
    const links = await page.locator("a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    for (const link of links) if (!seen.has(link.split("#")[0]!)) queue.push(link.split("#")[0]!);
  }
  const broken = [...seen].filter(([, status]) => status !== 200);
  expect(broken).toEqual([]);
  // Every step, and the sources page every step with a menu path links to.
  expect([...seen.keys()].sort()).toEqual([...allSteps().keys(), "/sources"].sort());
});
