// /on-your-site: the snippets a site owner copies to show the guide in their own page. That they
// work in another site's page is e2e/embed.spec.ts; here, that the page offers the right ones.
import { expect, test } from "@playwright/test";
import { sitePagesText } from "../src/lib/text/site-pages.ts";
import { es } from "../src/lib/ui-text-es.ts";
import { allSteps } from "../src/wizard/steps.ts";
import { violationsInBothSchemes } from "./support/axe.ts";
import { labelOf } from "./support/content.ts";
import { expectStep } from "./support/walk.ts";

test("the snippet names this site, a start per problem, and Copy puts it on the clipboard", async ({ page, baseURL }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await page.getByRole("link", { name: "Put this guide on your site" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Put this guide on your site");
  await expect(page.locator("#snippet-script")).toHaveText(`<script src="${baseURL}/embed.js" async></script>`);

  // One start per symptom, each a step of the guide, its link and its snippet alike.
  for (const symptom of ["unliking", "missing", "dropping"] as const) {
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: labelOf("symptom", `symptom.${symptom}`) }) });
    const href = await item.getByRole("link").getAttribute("href");
    expect(allSteps().has(href!), href!).toBe(true);
    await expect(item.locator("pre")).toHaveText(`<script src="${baseURL}/embed.js" data-start="${href}" async></script>`);
  }

  await page.getByRole("button", { name: "Copy" }).first().click();
  await expect(page.getByText("Copied.").first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`<script src="${baseURL}/embed.js" async></script>`);

  // A start's link opens that step here too.
  await page.getByRole("link", { name: labelOf("symptom", "symptom.missing") }).click();
  await expectStep(page, "privacy");
});

test("without JavaScript the snippets are there to select, and no button that cannot work", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/on-your-site");
  await expect(page.locator("#snippet-script")).toContainText("/embed.js");
  await expect(page.locator("#snippet-iframe")).toContainText('/embed" title="Likes troubleshooter"');
  await expect(page.getByRole("button")).toHaveCount(0);
  await context.close();
});

test("axe finds nothing serious on /on-your-site or an embed page in either scheme; nothing scrolls sideways at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ["/on-your-site", "/embed/unliking/android/cache", "/embed/unliking/android/cache?scheme=dark"]) {
    await page.goto(url);
    expect(await violationsInBothSchemes(page, "every rule"), url).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(320);
  }
});

test("in Spanish, every snippet opens the guide in Spanish, and each start is the Spanish step", async ({ page, baseURL }) => {
  await page.goto("/es");
  await page.getByRole("link", { name: es.footer.onYourSite }).click();
  await expect(page).toHaveURL(/\/es\/on-your-site$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sitePagesText.es.onYourSite.title);
  await expect(page.locator("#snippet-script")).toHaveText(`<script src="${baseURL}/embed.js" data-lang="es" async></script>`);
  await expect(page.locator("#snippet-iframe")).toContainText(`src="${baseURL}/embed/es" title="${es.nav.siteName}"`);
  for (const symptom of ["unliking", "missing", "dropping"] as const) {
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: labelOf("symptom", `symptom.${symptom}`, "es") }) });
    const href = (await item.getByRole("link").getAttribute("href"))!;
    expect(href).toMatch(/^\/es\//);
    const english = href.slice("/es".length);
    expect(allSteps().has(english), english).toBe(true);
    // embed.js takes the step's one address and puts the language's prefix before it itself.
    await expect(item.locator("pre")).toHaveText(`<script src="${baseURL}/embed.js" data-lang="es" data-start="${english}" async></script>`);
  }
});
