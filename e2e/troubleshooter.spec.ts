import { expect, test } from "@playwright/test";
import { labelOf, titleOf } from "./support/content.ts";
import { answer, answerLink, expectStep, holdScripts, interactive } from "./support/walk.ts";

test("likes flipping back: a walk from the start to fixed by clearing the cache on Android", async ({ page }) => {
  await page.goto("/");
  await answer(page, "start", "start");
  await answer(page, "symptom", "symptom.unliking");
  await expect(page.getByText("Step 1 of 8")).toBeVisible();
  await answer(page, "connection", "answer.no");
  await answer(page, "quick-checks", "check.one-device");
  await answer(page, "device", "device.android");
  await answer(page, "update", "answer.no");
  await expect(page.getByText("Step 4 of 8")).toBeVisible();
  await answer(page, "cache", "answer.yes");
  await expectStep(page, "fixed");
  await expect(page).toHaveURL("/unliking/android/cache/fixed");
  await expect(page.getByText("What worked")).toBeVisible();
});

test("missing liked videos: privacy, then every fix, ends at support", async ({ page }) => {
  await page.goto("/symptom");
  await answer(page, "symptom", "symptom.missing");
  await answer(page, "privacy", "answer.no");
  await answer(page, "connection", "answer.no");
  await answer(page, "quick-checks", "check.one-device");
  await answer(page, "device", "device.iphone");
  for (const step of ["update", "cache", "slow-down", "log-out", "reset"]) await answer(page, step, "answer.no");
  await expectStep(page, "support");
  await expect(page).toHaveURL("/missing/iphone/support");
  await expect(page.getByText("Step 8 of 8")).toBeVisible();
});

test("a creator's sudden drop ends in an explanation with a way to start again", async ({ page }) => {
  await page.goto("/");
  await answer(page, "start", "start");
  await answer(page, "symptom", "symptom.dropping");
  await answer(page, "creator", "drop.sudden");
  await expectStep(page, "sudden-drop");
  await page.getByRole("link", { name: "Start again" }).last().click();
  await expectStep(page, "start");
});

test("a 'tapping too fast' message skips the phone fixes: pause, then support", async ({ page }) => {
  await page.goto("/unliking/quick-checks");
  await answer(page, "quick-checks", "check.too-fast");
  await expect(page).toHaveURL("/unliking/too-fast/slow-down");
  await expect(page.getByText("Step 3 of 4")).toBeVisible();
  await answer(page, "slow-down", "answer.no");
  await expectStep(page, "support");
  await expect(page).toHaveURL("/unliking/too-fast/support");
});

test("the phone-level reset warns about drafts before its first instruction", async ({ page }) => {
  for (const [device, instruction] of [["iphone", "Delete App"], ["android", "Clear storage"]] as const) {
    await page.goto(`/unliking/${device}/reset`);
    const warning = page.getByRole("note").filter({ hasText: /^Warning: / });
    await expect(warning).toContainText("drafts");
    const order = await page.evaluate((text) => {
      const note = document.querySelector('[role="note"]')!;
      const step = [...document.querySelectorAll("li")].find((li) => li.textContent!.includes(text))!;
      return note.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING;
    }, instruction);
    expect(order).toBeTruthy();
  }
});

test("menu names say what they were checked against; steps without a menu path carry no date", async ({ page }) => {
  const datesShown = async () => {
    const line = page.getByText(/^Menu names checked against/);
    await expect(line).toContainText(/in (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\./);
    await expect(line.getByRole("link", { name: /^Adweek, [A-Z][a-z]{2,3} \d{4}$/ })).toHaveAttribute("href", /^https:\/\/www\.adweek\.com\//);
  };
  // From the page's HTML, then drawn by a tap from the step before (from its data): the dates are
  // written out at build time, so both read the same.
  await page.goto("/unliking/android/cache");
  await datesShown();
  await page.goto("/unliking/android/update");
  await interactive(page);
  await answer(page, "update", "answer.no");
  await expectStep(page, "cache");
  await datesShown();
  await page.goto("/symptom");
  await expect(page.getByText(/checked against/)).toHaveCount(0);
  await expect(page.locator("time")).toHaveCount(0);
});

test("the sources page lists each source with the steps that rely on it", async ({ page }) => {
  await page.goto("/unliking/android/update");
  await page.getByRole("link", { name: "Every source this guide uses" }).click();
  await expect(page).toHaveURL("/sources");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/comes from/);
  const play = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "How to update Android apps" }) });
  await play.getByRole("link", { name: titleOf("update") }).click();
  await expectStep(page, "update");
});

test("an old link to a renamed step is redirected to where it lives now", async ({ page, request }) => {
  const response = await request.get("/dropping/fake-likes?from=chat", { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe("/dropping/sudden-drop?from=chat");
  await page.goto("/dropping/fake-likes");
  await expectStep(page, "sudden-drop");
  await expect(page).toHaveURL("/dropping/sudden-drop");
  // The same step framed on another site.
  const embed = await request.get("/embed/dropping/fake-likes", { maxRedirects: 0 });
  expect(embed.status()).toBe(301);
  expect(embed.headers().location).toBe("/embed/dropping/sudden-drop");
});

test("each answer moves focus to the new step's heading and announces it", async ({ page }) => {
  await page.goto("/symptom");
  await interactive(page); // before that, the tap loads the step as a whole page (focus at its top)
  await answer(page, "symptom", "symptom.unliking");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeFocused();
  await expect(page.getByTestId("step-announcer")).toHaveText(titleOf("connection"));
});

test("a tap changes the step in place; an answer opened with Ctrl goes to a new tab and leaves this step as it was", async ({ page, context }) => {
  await page.goto("/symptom");
  await interactive(page);
  const link = answerLink(page, "symptom", "symptom.unliking");
  const [tab] = await Promise.all([context.waitForEvent("page"), link.click({ modifiers: ["ControlOrMeta"] })]);
  await expect(tab).toHaveURL(/\/unliking\/connection$/);
  await expectStep(tab, "connection");
  await expectStep(page, "symptom");
  await expect(page).toHaveURL("/symptom");
  // A plain tap keeps the document: a mark left on it is still there on the next step.
  await page.evaluate(() => Object.assign(window, { markedBeforeTap: true }));
  await link.click();
  await expectStep(page, "connection");
  expect(await page.evaluate(() => "markedBeforeTap" in window)).toBe(true);
});

test("a deep link opens the device-specific step, and the other phone is one tap away", async ({ page }) => {
  await page.goto("/unliking/iphone/cache");
  await expectStep(page, "cache");
  await expect(page.getByText("Offload App").first()).toBeVisible();
  await expect(page.getByText("Storage & cache")).toHaveCount(0);
  await page.getByRole("link", { name: new RegExp(`Show ${labelOf("device", "device.android")}`) }).click();
  await expect(page).toHaveURL("/unliking/android/cache");
  await expect(page.getByText("Storage & cache").first()).toBeVisible();
  await expect(page.getByText("Offload App")).toHaveCount(0);
});

test("browser back, forward and reload keep the step", async ({ page }) => {
  await page.goto("/symptom");
  await answer(page, "symptom", "symptom.dropping");
  await answer(page, "creator", "drop.reach");
  await expectStep(page, "reach");
  await page.goBack();
  await expectStep(page, "creator");
  await expect(page).toHaveURL("/dropping/creator");
  await page.reload();
  await expectStep(page, "creator");
  await page.goForward();
  await expectStep(page, "reach");
  await page.reload();
  await expectStep(page, "reach");
});

test("the Back link goes to the previous step of the same walk", async ({ page }) => {
  await page.goto("/missing/android/log-out");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page).toHaveURL("/missing/android/slow-down");
  await expectStep(page, "slow-down");
});

test("on the device question, the browser's own phone is suggested but not chosen", async ({ page }) => {
  await page.goto("/unliking/device");
  const android = page.getByRole("link", { name: new RegExp(labelOf("device", "device.android")) });
  await expect(android).toContainText("This phone");
  await expect(page).toHaveURL("/unliking/device");
  await expect(page.getByRole("link", { name: new RegExp(labelOf("device", "device.iphone")) })).toBeVisible();
});

test("an unknown URL answers 404 with a way back to the start", async ({ page }) => {
  for (const url of ["/no-such-step", "/unliking/windows/cache", "/a/b/c/d/e/f"]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This step does not exist");
    await expect(page).toHaveTitle(/not found/i);
  }
  await page.getByRole("link", { name: "Start again" }).click();
  await expectStep(page, "start");
});

const pixel = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";
const iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
for (const { href, links, userAgent, why, marked } of [
  // The two share buttons take two rows on a narrow phone. They appeared only once the JavaScript
  // ran, and pushed the links below them down under a tap on its way.
  { href: "/missing/android/log-out", links: ["Back", "Start again"], userAgent: pixel, why: "the share buttons" },
  // The browser's own phone is marked once the JavaScript knows it. It used to be moved to the top
  // too: a tap that landed as the list reordered went to neither answer.
  ...[pixel, iphone].map((userAgent) => ({
    href: "/unliking/device",
    links: [labelOf("device", "device.iphone"), labelOf("device", "device.android")],
    userAgent,
    marked: "This phone",
    why: `the suggested phone (${userAgent === pixel ? "Android" : "iPhone"})`,
  })),
]) {
  test(`nothing moves when ${href} becomes interactive (${why}): a link stays where the finger is going`, async ({ browser }) => {
    // The smallest phone we support. The page as first painted (its scripts held back) against the
    // same page once they have run.
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, userAgent });
    const page = await context.newPage();
    const release = await holdScripts(page);
    await page.goto(href, { waitUntil: "domcontentloaded" });
    const linkBoxes = () =>
      Promise.all(links.map((name) => page.getByRole("link", { name: new RegExp(`^${name}`) }).boundingBox()));
    const before = await linkBoxes();
    expect(before.every(Boolean)).toBe(true);
    release();
    await interactive(page);
    if (marked) await expect(page.getByText(marked)).toBeVisible();
    expect(await linkBoxes()).toEqual(before);
    await context.close();
  });
}

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("every answer is a link: a walk to fixed by following links", async ({ page }) => {
    await page.goto("/");
    await answer(page, "start", "start");
    await answer(page, "symptom", "symptom.dropping");
    await answer(page, "creator", "drop.jumpy");
    await answer(page, "connection", "answer.no");
    await answer(page, "quick-checks", "check.one-device");
    await answer(page, "device", "device.iphone");
    await answer(page, "update", "answer.yes");
    await expectStep(page, "fixed");
    await expect(page).toHaveURL("/dropping/iphone/update/fixed");
  });

  test("no button that needs JavaScript is shown; the link and the report can be copied by hand", async ({ page }) => {
    await page.goto("/unliking/iphone/support");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleOf("support"));
    await expect(page.getByRole("button")).toHaveCount(0);
    await expect(page.getByTestId("step-link")).toHaveText(/\/unliking\/iphone\/support$/);
    await expect(page.getByRole("textbox", { name: /Everything you tried/ })).toHaveValue(/iPhone/);
  });

  test("the 404 page still explains and links back", async ({ page }) => {
    const response = await page.goto("/nope");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This step does not exist");
  });
});
