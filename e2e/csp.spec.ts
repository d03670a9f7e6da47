import { expect, test, type Page, type Response } from "@playwright/test";
import { answer, expectStep } from "./support/walk.ts";

/**
 * Every Content-Security-Policy complaint the browser makes about the page: the console message
 * Chromium logs for each refused script, style, connection or frame, and each
 * `securitypolicyviolation` event (logged to the console by an init script, so none is lost
 * across page loads).
 */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|securitypolicyviolation/i.test(message.text())) {
      problems.push(`${page.url()}: ${message.text()}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || event.sample}`);
    });
  });
  return problems;
}

/** The page's own inline scripts ran (context, route modules) and React Router took over the page. */
async function expectHydrated(page: Page) {
  await page.waitForFunction(() => "__reactRouterDataRouter" in window, undefined, { timeout: 10_000 });
}

function expectStrictPolicy(response: Response | null) {
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("unsafe-eval");
}

// Every step's own load, with no CSP complaint and hydrated, is checked in pages.spec.ts.

test("a walk by client-side navigation, the QR code and the not-found page raise no CSP violation", async ({ page }) => {
  const problems = await watch(page);
  const documents: string[] = [];
  const data: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
    else if (new URL(request.url()).pathname.endsWith(".data")) data.push(request.url());
  });

  const response = await page.goto("/");
  expectStrictPolicy(response);
  await expectHydrated(page);
  await answer(page, "start", "start");
  await answer(page, "symptom", "symptom.unliking");
  await answer(page, "connection", "answer.no");
  await answer(page, "quick-checks", "check.one-device");
  await answer(page, "device", "device.android");
  await answer(page, "update", "answer.no");
  await expectStep(page, "cache");
  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByTestId("qr-code")).toBeVisible();
  // Six answers, one document: every step after the first came over client-side navigation.
  expect(documents).toHaveLength(1);
  expect(data.length).toBeGreaterThanOrEqual(5);

  const notFound = await page.goto("/no-such-step");
  expect(notFound?.status()).toBe(404);
  expectStrictPolicy(notFound);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});

test("another site cannot show the troubleshooter in a frame", async ({ page, baseURL }) => {
  // setContent waits for the load event, which waits for the frame to load or be refused.
  await page.setContent(`<iframe src="${baseURL}/symptom" width="400" height="400"></iframe>`);
  expect(await page.frameLocator("iframe").getByRole("heading", { level: 1 }).count()).toBe(0);
});
