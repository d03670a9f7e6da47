// The guide in Spanish with JavaScript on, as a reader meets it: the language link keeps the step
// both ways, a walk stays in Spanish, a shared Spanish link opens the Spanish step, the support
// report is written in Spanish, a fix counted in Spanish is counted with the English one, and a
// browser set to Spanish is offered the Spanish guide on the start page, never sent there.
// Every Spanish page and link: pages.spec.ts; the Spanish guide in another site's frame: embed.spec.ts.
import { expect, test } from "@playwright/test";
import { EVIDENCE, RULE } from "../server/outcomes/level.js";
import { languageOfferText } from "../src/lib/text/language-offer.ts";
import { sitePagesText } from "../src/lib/text/site-pages.ts";
import { es } from "../src/lib/ui-text-es.ts";
import { violationsInBothSchemes } from "./support/axe.ts";
import { labelOf } from "./support/content.ts";
import { answer, expectStep, interactive } from "./support/walk.ts";

const interactiveEs = (page: import("@playwright/test").Page) =>
  expect(page.getByRole("button", { name: es.share.share })).toBeVisible();

test("the language link keeps the reader's step, both ways, and the page's language follows", async ({ page }) => {
  await page.goto("/unliking/android/cache?utm_source=chat");
  await interactive(page);
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/unliking\/android\/cache\?utm_source=chat$/);
  await expectStep(page, "cache", "es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("link", { name: es.nav.siteName })).toHaveAttribute("href", "/es");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/unliking\/android\/cache\?utm_source=chat$/);
  await expectStep(page, "cache");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a walk in Spanish stays in Spanish, from the start to a fix that worked", async ({ page }) => {
  await page.goto("/es");
  await interactiveEs(page);
  await answer(page, "start", "start", "es");
  await answer(page, "symptom", "symptom.unliking", "es");
  await expect(page).toHaveURL(/\/es\/unliking\/connection$/);
  await answer(page, "connection", "answer.no", "es");
  await expectStep(page, "quick-checks", "es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.getByRole("link", { name: es.steps.back }).click();
  await expectStep(page, "connection", "es");
  await expect(page).toHaveURL(/\/es\/unliking\/connection$/);
});

test("Share gives the Spanish step's link, and that link opens the Spanish step elsewhere", async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/es/missing/connection");
  await interactiveEs(page);
  await page.evaluate(() => Object.defineProperty(navigator, "share", { value: undefined }));
  await page.getByRole("button", { name: es.share.share }).click();
  await expect(page.getByRole("status").filter({ hasText: es.share.copied })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/es/missing/connection`);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expectStep(other, "connection", "es");
  await expect(other.locator("html")).toHaveAttribute("lang", "es");
  await fresh.close();
});

test("the support report is written in Spanish, with the Spanish link to the walk", async ({ page, baseURL }) => {
  await page.goto("/es/unliking/android/support");
  const report = page.getByRole("textbox");
  await expect(report).toHaveValue(/^Problema con los me gusta en TikTok\n/);
  await expect(report).toHaveValue(new RegExp(`Teléfono: ${labelOf("device", "device.android", "es")}`));
  await expect(report).toHaveValue(/Fecha: \d{1,2} de [a-z]+ de \d{4}/);
  await expect(report).toHaveValue(new RegExp(`Pasos que seguí: ${baseURL}/es/unliking/android/support`));
  await expect(page.getByRole("button", { name: "Copiar reporte" })).toBeVisible();
});

test("a fix that worked is counted under the same step in either language", async ({ page, request }) => {
  const worked = async () => {
    const summary = (await (await request.get("/api/outcomes/summary")).json()) as { steps: Array<{ step: string; worked: number }> };
    return summary.steps.find((s) => s.step === "update")?.worked ?? 0;
  };
  const before = await worked();
  const posts: Array<{ from: string; to: string; status: number }> = [];
  page.on("response", (response) => {
    if (response.request().method() === "POST" && new URL(response.url()).pathname === "/api/outcomes") {
      posts.push({ ...response.request().postDataJSON(), status: response.status() });
    }
  });
  for (const [href, lang] of [["/es/missing/iphone/update", "es"], ["/missing/iphone/update", "en"]] as const) {
    await page.goto(href);
    await (lang === "es" ? interactiveEs(page) : expect(page.getByRole("button", { name: "Share this step" })).toBeVisible());
    await answer(page, "update", "answer.yes", lang);
    await expect(page).toHaveURL(new RegExp(`${href}/fixed$`));
    // The answer is sent once the page is idle; leaving before its reply would leave it queued,
    // and the next page would resend it (stored once, answered "already counted").
    await expect.poll(() => posts.length).toBe(lang === "es" ? 1 : 2);
  }
  // The same step and answer, in the guide's one address for them, accepted both times.
  expect(posts.map(({ from, to, status }) => [from, to, status])).toEqual([
    ["/missing/iphone/update", "/missing/iphone/update/fixed", 201],
    ["/missing/iphone/update", "/missing/iphone/update/fixed", 201],
  ]);
  await expect.poll(worked).toBeGreaterThanOrEqual(before + 2);
});

test.describe("a browser set to Spanish", () => {
  test.use({ locale: "es-MX" });
  const offer = languageOfferText.es.languageOffer;

  test("is offered the Spanish guide on the English start page, stays where it is, and is not asked again after 'no'", async ({ page }) => {
    await page.goto("/");
    const aside = page.getByRole("complementary", { name: offer.heading });
    await expect(aside).toBeVisible();
    await expect(aside).toHaveAttribute("lang", "es");
    await expect(page).toHaveURL(/\/$/);
    await expectStep(page, "start");
    expect(await violationsInBothSchemes(page)).toEqual([]);
    await aside.getByRole("button", { name: offer.stay }).click();
    await expect(aside).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await page.reload();
    await interactive(page);
    await expect(aside).toBeHidden();
  });

  test("takes the offer to the Spanish start page; the choice, or the header's language link, ends the offer", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: offer.go }).click();
    await expect(page).toHaveURL(/\/es$/);
    await expectStep(page, "start", "es");
    await page.goto("/");
    await interactive(page);
    await expect(page.getByRole("complementary", { name: offer.heading })).toBeHidden();

    // A reader who picks English with the header link on the Spanish page is not offered Spanish back.
    await page.evaluate(() => localStorage.clear());
    await page.goto("/es/symptom");
    await interactiveEs(page);
    await page.getByRole("link", { name: "English" }).click();
    await expectStep(page, "symptom");
    await page.getByRole("banner").getByRole("link", { name: "Likes troubleshooter" }).click();
    await expectStep(page, "start");
    await expect(page.getByRole("complementary", { name: offer.heading })).toBeHidden();
  });
});

test("a browser set to English is offered English on the Spanish start page, and nothing on the English one", async ({ page }) => {
  await page.goto("/");
  await interactive(page);
  await expect(page.getByRole("complementary")).toHaveCount(0);
  await page.goto("/es");
  await interactiveEs(page);
  const offer = languageOfferText.en.languageOffer;
  await expect(page.getByRole("complementary", { name: offer.heading })).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: offer.go })).toHaveAttribute("href", "/");
});

test("how we count, in Spanish: the same rules with the server's own figures, the English-only figures page said to be in English", async ({ page }) => {
  await page.goto("/es/unliking/android/cache");
  await interactiveEs(page);
  await page.getByRole("link", { name: es.footer.howWeCount }).click();
  await expect(page).toHaveURL(/\/es\/how-we-count$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sitePagesText.es.howWeCount.title);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const prose = page.locator("article .prose");
  await expect(prose).toContainText(`las últimas ${RULE.weeks} semanas`);
  await expect(prose).toContainText(`al menos ${RULE.highCount} lectores`);
  await expect(prose).toContainText(`los últimos ${EVIDENCE.days} días`);
  for (const link of await prose.getByRole("link").all()) {
    await expect(link).toHaveAttribute("href", "/stats");
    await expect(link).toHaveAttribute("hreflang", "en");
    await expect(link).toContainText("(en inglés)");
  }
});
