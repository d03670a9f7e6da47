import { expect, test } from "@playwright/test";
import { sitePagePaths } from "../src/lib/site-pages.ts";
import { labelOf, titleOf } from "./support/content.ts";
import { answer, expectStep, interactive } from "./support/walk.ts";

test("Share copies exactly the step's link, and that link opens the same step elsewhere", async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/symptom");
  await answer(page, "symptom", "symptom.missing");
  await answer(page, "privacy", "answer.no");
  // The step changes in place: wait for it, or the tap lands on the last step's Share button.
  await expectStep(page, "connection");
  await page.evaluate(() => Object.defineProperty(navigator, "share", { value: undefined }));
  await page.getByRole("button", { name: "Share this step" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/missing/connection`);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expectStep(other, "connection");
  await fresh.close();
});

test("Share opens the phone's share sheet where the browser has one", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, "share", {
      value: async (data: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(data),
    });
  });
  await page.goto("/unliking/android/cache");
  await page.getByRole("button", { name: "Share this step" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Shared" })).toBeVisible();
  const shared = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
  expect(shared).toEqual([{ title: titleOf("cache"), url: `${baseURL}/unliking/android/cache` }]);
});

test("a QR code of the step's link can be shown for a phone to scan", async ({ page, baseURL }) => {
  await page.goto("/unliking/iphone/update");
  const qr = page.getByRole("img", { name: /QR code/ });
  await expect(qr).toBeHidden();
  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByRole("img", { name: `QR code of the link to this step: ${baseURL}/unliking/iphone/update` })).toBeVisible();
});

test("the QR code's code loads when it is first asked for; if it cannot, the reader is told and can ask again", async ({ page, baseURL }) => {
  let block = true;
  const asked: string[] = [];
  await page.route(/\/assets\/qr-code-[\w-]+\.js$/, (route) => {
    asked.push(route.request().url());
    return block ? route.abort("internetdisconnected") : route.continue();
  });
  await page.goto("/unliking/iphone/update");
  await interactive(page);
  expect(asked).toEqual([]);
  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByText("The QR code could not be loaded")).toBeVisible();
  block = false;
  await page.getByRole("button", { name: "Hide QR code" }).click();
  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByRole("img", { name: `QR code of the link to this step: ${baseURL}/unliking/iphone/update` })).toBeVisible();
  expect(asked).toHaveLength(2);
});

test("leaving mid-way, the start page offers to continue; after finishing it does not", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Continue where you left off?" })).toHaveCount(0);
  await answer(page, "start", "start");
  await answer(page, "symptom", "symptom.unliking");
  await answer(page, "connection", "answer.no");
  await answer(page, "quick-checks", "check.one-device");
  await answer(page, "device", "device.android");
  await expectStep(page, "update");
  // The step is remembered by the page's JavaScript: a reader who leaves before it runs (an answer
  // tapped before hydration is a whole page load) has nothing saved, so wait as a reader would.
  await interactive(page);

  await page.goto("about:blank");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Continue where you left off?" })).toBeVisible();
  await page.getByRole("link", { name: "Continue" }).click();
  await expectStep(page, "update");
  await expect(page).toHaveURL("/unliking/android/update");

  await answer(page, "update", "answer.yes");
  await expectStep(page, "fixed");
  await interactive(page);
  await page.goto("/");
  await expectStep(page, "start");
  await expect(page.getByRole("heading", { name: "Continue where you left off?" })).toHaveCount(0);
});

test("a corrupted saved state is ignored and the start page works", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => localStorage.setItem("likes-troubleshooter:progress", "{not json"));
  await page.goto("/");
  await expectStep(page, "start");
  await expect(page.getByRole("heading", { name: "Continue where you left off?" })).toHaveCount(0);
  await answer(page, "start", "start");
  await expectStep(page, "symptom");
  expect(errors).toEqual([]);
});

test("the support report lists the quick check and exactly the fixes walked through, and copies in one tap", async ({ page, baseURL }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/symptom");
  await answer(page, "symptom", "symptom.dropping");
  await answer(page, "creator", "drop.jumpy");
  await answer(page, "connection", "answer.no");
  await answer(page, "quick-checks", "check.one-device");
  await answer(page, "device", "device.iphone");
  for (const step of ["update", "cache", "slow-down", "log-out", "reset"]) await answer(page, step, "answer.no");
  await expectStep(page, "support");

  const report = page.getByRole("textbox", { name: /Everything you tried/ });
  // The reader's own date and address are filled in once the page is running.
  await expect(report).toHaveValue(new RegExp(`Date: .*\\n[\\s\\S]*${baseURL}/dropping/iphone/support`));
  const text = await report.inputValue();
  const tried = text.split("\n").filter((line) => /^\d+\. /.test(line));
  expect(tried).toEqual(
    ["connection", "update", "cache", "slow-down", "log-out", "reset"].map((id, i) => `${i + 1}. ${titleOf(id)}: ${labelOf(id, "answer.no")}`),
  );
  expect(text).toContain(`Quick check: ${labelOf("quick-checks", "check.one-device")}`);
  expect(text).toContain(`What happens: ${labelOf("symptom", "symptom.dropping")}`);
  expect(text).toContain(`Phone: ${labelOf("device", "device.iphone")}`);
  expect(text).toMatch(/Date: \d{1,2} \w+ \d{4}/);
  expect(text).toContain(`${baseURL}/dropping/iphone/support`);

  await page.getByRole("button", { name: "Copy report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Report copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test("a reader who skips the reset, or whose likes fail on every device, gets a report that says so", async ({ page }) => {
  await page.goto("/unliking/android/reset");
  await answer(page, "reset", "answer.skip");
  await expect(page).toHaveURL("/unliking/android/no-reset/support");
  const report = page.getByRole("textbox", { name: /Everything you tried/ });
  await expect(report).toHaveValue(new RegExp(`\\d\\. ${titleOf("reset")}: ${labelOf("reset", "answer.skip").replace(/[()?]/g, "\\$&")}`));

  await page.goto("/unliking/connection");
  await answer(page, "connection", "answer.no");
  await answer(page, "quick-checks", "check.all-devices");
  await answer(page, "account", "answer.no");
  await answer(page, "slow-down", "answer.no");
  await answer(page, "signed-in", "answer.no");
  await expectStep(page, "support");
  const text = await report.inputValue();
  expect(text).toContain(`Quick check: ${labelOf("quick-checks", "check.all-devices")}`);
  expect(text).toContain("Phone: not given");
  expect(text.split("\n").filter((line) => /^\d+\. /.test(line))).toEqual([
    `1. ${titleOf("connection")}: ${labelOf("connection", "answer.no")}`,
    `2. ${titleOf("account")}: ${labelOf("account", "answer.no")}`,
    `3. ${titleOf("slow-down")}: ${labelOf("slow-down", "answer.no")}`,
    `4. ${titleOf("signed-in")}: ${labelOf("signed-in", "answer.no")}`,
  ]);
});

test("each step carries its own title, description, canonical link and preview tags", async ({ page, request }) => {
  await page.goto("/unliking/android/cache");
  const head = page.locator("head");
  await expect(page).toHaveTitle(new RegExp(titleOf("cache")));
  // The step, the phone, and the symptom that tells it from the same step on another walk.
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    `${titleOf("cache")} on ${labelOf("device", "device.android")} · ${labelOf("symptom", "symptom.unliking")}`,
  );
  await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /.{50,}/);
  const ogUrl = await head.locator('meta[property="og:url"]').getAttribute("content");
  expect(ogUrl).toMatch(/\/unliking\/android\/cache$/);
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", ogUrl!);
  const image = await head.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/og\/cache\.png$/);
  const png = await request.get(new URL(image!).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");

  await page.goto("/missing/privacy");
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", titleOf("privacy"));
});

test("every page other than a step shows a title, a line and a picture when its link is shared", async ({ page, request }) => {
  for (const href of sitePagePaths) {
    await page.goto(href);
    const head = page.locator("head");
    const h1 = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    await expect(head.locator('meta[property="og:title"]'), href).toHaveAttribute("content", h1);
    await expect(head.locator('meta[property="og:description"]'), href).toHaveAttribute("content", /.{30,}/);
    const ogUrl = await head.locator('meta[property="og:url"]').getAttribute("content");
    expect(ogUrl, href).toMatch(new RegExp(`${href}$`));
    await expect(head.locator('link[rel="canonical"]'), href).toHaveAttribute("href", ogUrl!);
    const image = (await head.locator('meta[property="og:image"]').getAttribute("content"))!;
    expect((await request.get(new URL(image).pathname)).headers()["content-type"], href).toBe("image/png");
  }
});
