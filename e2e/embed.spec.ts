import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { labelOf, titleOf } from "./support/content.ts";
import { es } from "../src/lib/ui-text-es.ts";
import { answer, expectStep } from "./support/walk.ts";

// Another site: a page served from a second origin (localhost, while the guide is at 127.0.0.1),
// which playwright.config.ts lets frame the embed pages (EMBED_ORIGINS). It embeds the guide the two
// ways /on-your-site offers: the script, or a plain iframe.
let hostServer: http.Server;
let hostOrigin: string;

test.beforeAll(async ({ baseURL }) => {
  hostServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const q = (name: string, fallback = "") => (url.searchParams.get(name) ?? fallback).replace(/[<>"]/g, "");
    const guide = `<script src="${baseURL}/embed.js" data-start="${q("start", "/")}" ${q("attrs")} async></script>`;
    const frame = `<iframe id="plain" src="${baseURL}${q("src", "/embed")}" title="Guide" style="width:100%;height:600px;border:0"></iframe>`;
    // What a site owner pasted from /on-your-site, as it was copied.
    const pasted = url.searchParams.get("html") ?? "";
    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>A blog post about likes</title></head>
      <body style="margin:0;font-family:sans-serif;background:${q("bg", "#fff")};color:${q("fg", "#111")}">
      <h1 style="margin:16px">Why do my likes disappear?</h1><p style="margin:16px">Our readers ask this every week.</p>
      <div id="guide">${url.pathname === "/plain" ? frame : url.pathname === "/pasted" ? pasted : guide}</div>
      <p id="after" style="margin:16px;height:900px">The rest of the post.</p></body></html>`;
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(body);
  });
  await new Promise<void>((done) => hostServer.listen(0, "127.0.0.1", done));
  hostOrigin = `http://localhost:${(hostServer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => hostServer.close(done));
});

const guideFrame = (page: Page): FrameLocator => page.frameLocator("#guide iframe");

/** The frame's height on the host page and the height of the page inside it, once they agree. */
async function expectFrameFitsStep(page: Page) {
  const frame = page.locator("#guide iframe");
  await expect
    .poll(async () => {
      const outer = await frame.evaluate((element) => element.getBoundingClientRect().height);
      const inner = await guideFrame(page)
        .locator("body")
        .evaluate(() => ({ body: document.body.getBoundingClientRect().height, scroll: document.documentElement.scrollHeight }));
      // As tall as the step, and nothing left to scroll inside the frame.
      return Math.abs(outer - inner.body) <= 1 && inner.scroll <= Math.ceil(outer) + 1;
    })
    .toBe(true);
  return frame.evaluate((element) => Math.round(element.getBoundingClientRect().height));
}

test("another site embeds the guide: three steps walked in the frame, which is as tall as each step", async ({ page, baseURL }) => {
  await page.goto(`${hostOrigin}/?start=/symptom`);
  const guide = guideFrame(page);
  await expectStep(guide, "symptom");
  const heights = [await expectFrameFitsStep(page)];

  await answer(guide, "symptom", "symptom.unliking");
  await expectStep(guide, "connection");
  heights.push(await expectFrameFitsStep(page));
  await answer(guide, "connection", "answer.no");
  await expectStep(guide, "quick-checks");
  heights.push(await expectFrameFitsStep(page));
  await answer(guide, "quick-checks", "check.one-device");
  await expectStep(guide, "device");
  heights.push(await expectFrameFitsStep(page));
  // The frame follows the steps: they are not all one height.
  expect(new Set(heights).size).toBeGreaterThan(1);

  // The host page stayed where it was; the walk happened in the frame, which has the focus.
  expect(page.url()).toBe(`${hostOrigin}/?start=/symptom`);
  await expect(guide.getByRole("heading", { level: 1 })).toBeFocused();
  // The site's own address of the step, not the embed page's.
  await expect(guide.getByTestId("step-link")).toHaveText(`${baseURL}/unliking/device`);
});

test("the snippet /on-your-site offers for a problem works as pasted into another site's page", async ({ page, baseURL }) => {
  await page.goto("/on-your-site");
  const code = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: labelOf("symptom", "symptom.missing") }) })
    .locator("pre");
  // The prerendered page names the public address; once it runs, the address it is served at.
  await expect(code).toContainText(`${baseURL}/embed.js`);
  const snippet = await code.textContent();
  await page.goto(`${hostOrigin}/pasted?html=${encodeURIComponent(snippet!)}`);
  await expectStep(guideFrame(page), "privacy");
  await expectFrameFitsStep(page);
});

test("a step change far down the host page shows the new step from its top, and no sooner", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 700 });
  await page.goto(`${hostOrigin}/?start=/unliking/android/cache`);
  const guide = guideFrame(page);
  await expectStep(guide, "cache");
  await expectFrameFitsStep(page);
  // The answers are below the fold: tapping one scrolls the host page down to them.
  await answer(guide, "cache", "answer.no");
  await expectStep(guide, "slow-down");
  await expect
    .poll(() => page.locator("#guide iframe").evaluate((frame) => Math.round(frame.getBoundingClientRect().top)))
    .toBe(0);

  // With the whole frame in view a step change leaves the host page where it is.
  await page.setViewportSize({ width: 412, height: 2400 });
  await page.goto(`${hostOrigin}/?start=/symptom`);
  await expectStep(guide, "symptom");
  await expectFrameFitsStep(page);
  await page.evaluate(() => window.scrollTo(0, 40));
  await answer(guide, "symptom", "symptom.unliking");
  await expectStep(guide, "connection");
  await expectFrameFitsStep(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(40);
});

test("links that leave the guide open a new tab; the guide's own links stay in the frame", async ({ page, context, baseURL }) => {
  await page.goto(`${hostOrigin}/?start=/unliking/connection`);
  const guide = guideFrame(page);
  await expectStep(guide, "connection");
  const [tab] = await Promise.all([context.waitForEvent("page"), guide.getByRole("link", { name: "How we count" }).click()]);
  await expect(tab).toHaveURL(`${baseURL}/how-we-count`);
  await tab.close();
  // Back and Start again are the guide's: in the frame.
  await guide.getByRole("link", { name: "Start again" }).click();
  await expectStep(guide, "start");
  expect(page.url()).toBe(`${hostOrigin}/?start=/unliking/connection`);
  expect(context.pages()).toHaveLength(1);
});

test("the frame takes the host page's look, and follows it when it changes", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`${hostOrigin}/?start=/symptom&bg=%2318181b&fg=%23eee`);
  const guide = guideFrame(page);
  await expectStep(guide, "symptom");
  // The frame's background as sRGB, whatever syntax the stylesheet used (Tailwind writes oklch).
  const background = () =>
    guide.locator("body").evaluate((body) => {
      const canvas = document.createElement("canvas").getContext("2d")!;
      canvas.fillStyle = getComputedStyle(body).backgroundColor;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
      return r! + g! + b! < 150 ? "dark" : r! + g! + b! > 700 ? "light" : `rgb(${r}, ${g}, ${b})`;
    });
  await expect(guide.locator("html")).toHaveAttribute("data-scheme", "dark");
  await expect.poll(background).toBe("dark");

  await page.evaluate(() => (document.body.style.background = "#ffffff"));
  await expect(guide.locator("html")).toHaveAttribute("data-scheme", "light");
  await expect.poll(background).toBe("light");

  // A reader whose phone is dark, on a light page: the page's look wins. data-scheme forces one.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${hostOrigin}/?start=/symptom&bg=${encodeURIComponent("oklch(0.98 0.01 90)")}`);
  await expect(guide.locator("html")).toHaveAttribute("data-scheme", "light");
  await expect.poll(background).toBe("light");
  await page.goto(`${hostOrigin}/?start=/symptom&bg=%23fff&attrs=data-scheme%3Ddark`);
  await expect(guide.locator("html")).toHaveAttribute("data-scheme", "dark");
  await expect.poll(background).toBe("dark");
});

test("only the embed pages may be framed by another site", async ({ page, request }) => {
  const embed = await request.get("/embed/unliking/connection");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors 'self' https: http://localhost:*");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const step = await request.get("/unliking/connection");
  expect(step.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(step.headers()["x-frame-options"]).toBe("DENY");

  // In a browser: the step's own page is refused, its embed page is shown.
  await page.goto(`${hostOrigin}/plain?src=/unliking/connection`);
  await expect.poll(() => page.frames().map((frame) => frame.url())).toContain("chrome-error://chromewebdata/");
  await expect(page.frameLocator("#plain").getByRole("heading", { level: 1 })).toHaveCount(0);
  await page.goto(`${hostOrigin}/plain?src=/embed/unliking/connection`);
  await expectStep(page.frameLocator("#plain"), "connection");
});

test("embed.js is served for other sites' pages: cached, and allowed across origins", async ({ request }) => {
  const response = await request.get("/embed.js");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toMatch(/javascript/);
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["cross-origin-resource-policy"]).toBe("cross-origin");
  expect(headers["cache-control"]).toMatch(/max-age=\d{5,}/);
  expect((await response.body()).length).toBeLessThan(6_000);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a plain iframe walks the guide in place", async ({ page }) => {
    await page.goto(`${hostOrigin}/plain?src=/embed/symptom`);
    const guide = page.frameLocator("#plain");
    await answer(guide, "symptom", "symptom.missing");
    await expectStep(guide, "privacy");
    await guide.getByRole("link", { name: "Back" }).click();
    await expectStep(guide, "symptom");
    expect(page.url()).toBe(`${hostOrigin}/plain?src=/embed/symptom`);
  });
});

test("an unknown step in a frame: the not-found page, in the frame, leading back into the guide", async ({ page }) => {
  const response = await page.request.get("/embed/not-a-step");
  expect(response.status()).toBe(404);
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  await page.goto(`${hostOrigin}/?start=/not-a-step`);
  const guide = guideFrame(page);
  await expect(guide.getByRole("heading", { level: 1 })).toHaveText("This step does not exist");
  await guide.getByRole("link", { name: "Start again" }).click();
  await expect(guide.getByRole("heading", { level: 1 })).toHaveText(titleOf("start"));
});

test('data-lang="es" opens the Spanish guide in the frame, and its answers stay in Spanish there', async ({ page, baseURL }) => {
  await page.goto(`${hostOrigin}/?start=/unliking/device&attrs=data-lang=es`);
  const guide = guideFrame(page);
  await expectStep(guide, "device", "es");
  await expect(page.locator("#guide iframe")).toHaveAttribute("src", new RegExp(`^${baseURL}/embed/es/unliking/device\\?scheme=light$`));
  await expect(page.locator("#guide iframe")).toHaveAttribute("title", es.nav.siteName);
  await expect(guide.locator("html")).toHaveAttribute("lang", "es");
  await answer(guide, "device", "device.android", "es");
  await expect.poll(() => page.frames().at(-1)?.url()).toMatch(/\/embed\/es\/unliking\/android\/[a-z-]+$/);
  await expectFrameFitsStep(page);
});
