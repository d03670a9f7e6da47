// /all-fixes: every fix on one page, in the order the walk tries them, for both phones, each linking
// to its own step; printable without the site's chrome, with each link's address written out.
import { expect, test } from "@playwright/test";
import { hasTag, stateIds } from "../src/wizard/steps.ts";
import { violationsInBothSchemes } from "./support/axe.ts";
import { titleOf } from "./support/content.ts";
import { expectStep } from "./support/walk.ts";

const fixes = stateIds().filter((id) => hasTag(id, "fix"));

test("every fix of the machine, in walk order, each phone's version linking to its step", async ({ page }) => {
  await page.goto("/all-fixes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every fix at once");
  const numbered = fixes.map((id, i) => `${i + 1}. ${titleOf(id)}`);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(numbered);
  // The cache is cleared differently on each phone: both are there, each with its own link.
  const cache = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: titleOf("cache") }) });
  await expect(cache.getByRole("heading", { level: 3 })).toHaveCount(2);
  expect((await cache.getByRole("heading", { level: 3 }).allTextContents()).sort()).toEqual(["On Android", "On iPhone or iPad"]);
  await expect(cache.getByRole("link", { name: "Open this step for Android" })).toHaveAttribute("href", /\/android\/cache$/);
  // The reset keeps its warning about drafts here too.
  const reset = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: titleOf("reset") }) });
  await expect(reset.getByText("Warning").first()).toBeVisible();

  await cache.getByRole("link", { name: "Open this step for Android" }).click();
  await expectStep(page, "cache");
});

test.describe("on an iPhone", () => {
  test.use({ userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1" });

  test("the iPhone's version of each fix comes first", async ({ page }) => {
    await page.goto("/all-fixes");
    const cache = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: titleOf("cache") }) });
    await expect(cache.getByRole("heading", { level: 3 })).toHaveText(["On iPhone or iPad", "On Android"]);
  });
});

test.describe("on Android", () => {
  test("the Android version of each fix comes first", async ({ page }) => {
    // The default device (Pixel 7) is an Android phone.
    await page.goto("/all-fixes");
    const update = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: titleOf("update") }) });
    await expect(update.getByRole("heading", { level: 3 })).toHaveText(["On Android", "On iPhone or iPad"]);
  });
});

test("printed: no header, footer or print hint, and each step link shows its address", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/all-fixes");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByText("To keep it next to your phone")).toBeHidden();
  const link = page.getByRole("link", { name: "Open this step for Android" }).first();
  const address = await link.evaluate((a) => a.nextElementSibling?.textContent ?? "");
  expect(address).toMatch(/^ \(https?:\/\/\S+\/android\/update\)$/);
  await expect(link.locator("xpath=following-sibling::span")).toBeVisible();
  await context.close();
});

test("axe finds nothing serious in either scheme, and nothing scrolls sideways at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/all-fixes");
  expect(await violationsInBothSchemes(page, "every rule")).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
