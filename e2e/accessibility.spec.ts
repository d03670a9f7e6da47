import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { allSteps, stateIds } from "../src/wizard/steps.ts";
import { questionOf, titleOf } from "./support/content.ts";
import { answerLink, expectStep } from "./support/walk.ts";

const hrefsOf = (id: string) => [...allSteps().values()].filter((s) => s.id === id).map((s) => s.href);

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const id of stateIds()) {
      test(`every "${id}" page has no serious or critical violation`, async ({ page }) => {
        test.setTimeout(30_000 + hrefsOf(id).length * 5_000);
        for (const href of hrefsOf(id)) {
          await page.goto(href);
          await expectStep(page, id);
          expect(await seriousViolations(page), href).toEqual([]);
        }
      });
    }
    for (const href of ["/no-such-step", "/sources"]) {
      test(`${href} has no serious or critical violation`, async ({ page }) => {
        await page.goto(href);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test("keyboard only: from / to an ending with Tab and Enter, focus on each new heading", async ({ page }) => {
  await page.goto("/");
  const walk = [
    ["start", "start", "symptom"],
    ["symptom", "symptom.dropping", "creator"],
    ["creator", "drop.warning", "guidelines"],
  ] as const;
  for (const [id, event, next] of walk) {
    const link = answerLink(page, id, event);
    for (let presses = 0; presses < 40 && !(await link.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press("Tab");
    }
    await expect(link, `reached with Tab on ${id}`).toBeFocused();
    expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle), "a visible focus outline").not.toBe("none");
    await page.keyboard.press("Enter");
    await expectStep(page, next);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await expect(page.getByTestId("step-announcer")).toHaveText(titleOf(next));
  }
});

test.describe("reflow", () => {
  test.use({ javaScriptEnabled: false });

  async function expectNoSidewaysScroll(page: Page) {
    for (const href of allSteps().keys()) {
      await page.goto(href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${href} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }

  test.describe.configure({ timeout: 120_000 });

  test("at 320 px wide no step scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
  });

  test("at 200% text size no step scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 839 });
    await page.route("**/*.css", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\nhtml{font-size:200%!important}` });
    });
    await expectNoSidewaysScroll(page);
  });
});

test("prefers-reduced-motion turns off animation and transitions", async ({ page }) => {
  await page.goto("/symptom");
  const answer = page.getByRole("region", { name: questionOf("symptom") }).getByRole("link").first();
  const duration = () => answer.evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(await duration()).not.toBe("0s");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await duration()).toBe("0s");
});
