import { expect, test } from "@playwright/test";
import { questionOf, titleOf } from "./support/content.ts";
import { answerLink, expectStep } from "./support/walk.ts";

// axe on every page in both schemes, and reflow at 320 px and 200% text, run in pages.spec.ts.

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

test("prefers-reduced-motion turns off animation and transitions", async ({ page }) => {
  await page.goto("/symptom");
  const answer = page.getByRole("region", { name: questionOf("symptom") }).getByRole("link").first();
  const duration = () => answer.evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(await duration()).not.toBe("0s");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await duration()).toBe("0s");
});
