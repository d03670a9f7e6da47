// /map: the machine drawn at build time, every box a link to its step, and the same tree as a list
// for screen readers; usable on a phone (the drawing scrolls sideways, the page does not) and with
// JavaScript off.
import { expect, test } from "@playwright/test";
import { allSteps, stateIds } from "../src/wizard/steps.ts";
import { violationsInBothSchemes } from "./support/axe.ts";
import { labelOf, titleOf } from "./support/content.ts";
import { expectStep, holdScripts } from "./support/walk.ts";

/** The first URL the walk reaches for each state: the one its box and its list entry open. */
const firstHref = new Map<string, string>();
for (const step of allSteps().values()) if (!firstHref.has(step.id)) firstHref.set(step.id, step.href);

test("every state of the machine is a box linking to a real step, and two of them open it", async ({ page }) => {
  await page.goto("/map");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The whole guide as a map");
  const boxes = page.locator("main svg a");
  expect(await boxes.evaluateAll((links) => links.map((a) => [a.getAttribute("data-step"), a.getAttribute("href")]))).toEqual(
    stateIds().map((id) => [id, firstHref.get(id)]),
  );
  for (const id of stateIds()) await expect(page.locator(`main svg a[data-step="${id}"]`)).toContainText(titleOf(id).split(" ")[0]!);

  await page.locator('main svg a[data-step="cache"]').click();
  await expectStep(page, "cache");
  await page.goBack();
  await page.locator('main svg a[data-step="restricted"]').click();
  await expectStep(page, "restricted");
});

test("the list says the same: every state, in the machine's order, and where each answer leads", async ({ page }) => {
  await page.goto("/map");
  const list = page.getByRole("region", { name: "Every step, and where each answer leads" });
  const steps = list.locator(":scope > ul > li");
  await expect(steps).toHaveCount(stateIds().length);
  for (const [i, id] of stateIds().entries()) {
    await expect(steps.nth(i).getByRole("link").first()).toHaveText(titleOf(id));
    await expect(steps.nth(i).getByRole("link").first()).toHaveAttribute("href", firstHref.get(id)!);
  }
  // "From cache, No leads to slowing down."
  const cache = steps.nth(stateIds().indexOf("cache"));
  await expect(cache.getByRole("listitem").filter({ hasText: labelOf("cache", "answer.no") })).toContainText(`→ ${titleOf("slow-down")}`);
  // The drawing itself is hidden from screen readers, and its links from the tab order.
  await expect(page.locator("main svg")).toHaveAttribute("aria-hidden", "true");
  expect(await page.locator("main svg a").evaluateAll((links) => links.every((a) => a.getAttribute("tabindex") === "-1"))).toBe(true);
});

test("axe finds nothing serious in either scheme, and only the drawing scrolls sideways at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/map");
  expect(await violationsInBothSchemes(page, "every rule")).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // The drawing keeps its natural size, and its region can be reached from the keyboard to scroll it.
  const region = page.getByRole("region", { name: "The diagram, scrolls sideways" });
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(region).toHaveAttribute("tabindex", "0");
});

test("the drawing opens at the first step before the scripts run, and stays where the reader scrolled it when they do", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const release = await holdScripts(page);
  await page.goto("/map", { waitUntil: "domcontentloaded" });
  const region = page.getByRole("region", { name: "The diagram, scrolls sideways" });
  const centreOf = (selector: string) =>
    region.evaluate((el, selector) => {
      const box = el.querySelector(selector)!.getBoundingClientRect();
      const view = el.getBoundingClientRect();
      return Math.round(box.left + box.width / 2 - (view.left + view.width / 2));
    }, selector);
  // The first step's box sits in the middle of the region (within the region's padding).
  expect(Math.abs(await centreOf('a[data-step="start"]'))).toBeLessThanOrEqual(8);
  // The reader scrolls the drawing while the scripts are on their way; then they run.
  await region.evaluate((el) => el.scrollBy(-120, 0));
  const scrolled = await region.evaluate((el) => el.scrollLeft);
  release();
  await page.waitForFunction(() => "__reactRouterDataRouter" in window);
  await page.evaluate(() => new Promise((go) => setTimeout(go, 500)));
  expect(await region.evaluate((el) => el.scrollLeft)).toBe(scrolled);
});

test("with JavaScript off, the drawing and the list are there and a box opens its step", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/map");
  await expect(page.locator("main svg a")).toHaveCount(stateIds().length);
  await expect(page.getByRole("link", { name: titleOf("reset"), exact: true }).first()).toBeVisible();
  await page.locator('main svg a[data-step="update"]').click();
  await expect(page).toHaveURL(new RegExp(`${firstHref.get("update")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleOf("update"));
  await context.close();
});
