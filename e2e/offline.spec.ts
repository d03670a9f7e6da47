import { expect, test } from "@playwright/test";
import { languages } from "../src/content/languages.ts";
import { localHref } from "../src/lib/language-path.ts";
import { connectionText } from "../src/lib/text/connection.ts";
import { answer, expectStep, holdScripts } from "./support/walk.ts";

test.describe("offline after one visit", () => {
  test.use({ serviceWorkers: "allow" });

  test("reload, walk three steps and open a deep step with the network cut", async ({ page, context }) => {
    await page.goto("/");
    await expectStep(page, "start");
    // The service worker takes over once it has stored every step.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });

    await context.setOffline(true);
    await page.reload();
    await expectStep(page, "start");
    await answer(page, "start", "start");
    await answer(page, "symptom", "symptom.unliking");
    await answer(page, "connection", "answer.no");
    await answer(page, "quick-checks", "check.one-device");
    await expectStep(page, "device");

    await page.goto("/missing/iphone/slow-down");
    await expectStep(page, "slow-down");
    await answer(page, "slow-down", "answer.no");
    await expectStep(page, "log-out");
  });

  test("in Spanish: the Spanish steps are kept, and a walk goes on with the network cut", async ({ page, context }) => {
    await page.goto("/es/unliking/device");
    await expectStep(page, "device", "es");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });
    // The Spanish pages' own worker (postbuild/service-worker.js), not the English one.
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw-es\.js$/);

    await context.setOffline(true);
    await page.reload();
    await expectStep(page, "device", "es");
    await answer(page, "device", "device.iphone", "es");
    await expect(page).toHaveURL(/\/es\/unliking\/iphone\//);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await page.goto("/es/missing/android/cache");
    await expectStep(page, "cache", "es");
  });

  test("the installable app manifest is there", async ({ page, request }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = await (await request.get(href!)).json();
    expect(manifest.start_url).toBe("/");
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  });
});

test.describe("the live connection check", () => {
  test("measures the round trip to our own server and gives a verdict", async ({ page }) => {
    const pings: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/ping.txt")) pings.push(new URL(r.url()).origin);
    });
    await page.goto("/unliking/connection");
    const panel = page.getByRole("region", { name: /Live check/ });
    await expect(panel.getByTestId("online")).toHaveText("Yes");
    await expect(panel.getByTestId("round-trip")).toHaveText(/^\d+ ms/);
    await expect(panel.getByRole("status")).toHaveText(/connection (looks fine|is slow|is very slow)/);
    expect(new Set(pings)).toEqual(new Set([new URL(page.url()).origin]));
    const before = pings.length;
    await panel.getByRole("button", { name: "Check again" }).click();
    await expect.poll(() => pings.length).toBeGreaterThan(before);
    await expect(panel.getByTestId("round-trip")).toHaveText(/^\d+ ms/);
  });

  test("says plainly when the phone is offline, without spinning", async ({ page, context }) => {
    await page.goto("/missing/connection");
    const panel = page.getByRole("region", { name: /Live check/ });
    await expect(panel.getByTestId("round-trip")).toHaveText(/^\d+ ms/);
    await context.setOffline(true);
    await expect(panel.getByRole("status")).toHaveText(/You're offline/);
    await expect(panel.getByTestId("online")).toHaveText("No");
    await panel.getByRole("button", { name: "Check again" }).click();
    await expect(panel.getByRole("status")).toHaveText(/You're offline/);
    await context.setOffline(false);
    await expect(panel.getByTestId("online")).toHaveText("Yes");
  });

  test("the answers below never move: not when the check's code arrives, nor from one message to the next, at 320 to 480 px", async ({ page }) => {
    const widths = [320, 360, 399, 400, 480];
    const question = page.locator("#question");
    // One page a language, resized to each width: the layout depends on the width alone.
    const at = async (width: number) => {
      await page.setViewportSize({ width, height: 900 });
      return question.boundingBox();
    };
    for (const lang of languages) {
      const t = connectionText[lang];
      const messages = [t.needsJs, t.checking, t.good, t.slow, t.verySlow, t.offline, t.noAnswer];
      // Where the question stands at each width before the page's scripts run, and once the check has run.
      await page.unrouteAll();
      const release = await holdScripts(page);
      await page.setViewportSize({ width: widths[0]!, height: 900 });
      await page.goto(localHref("/missing/connection", lang));
      const before = [];
      for (const width of widths) before.push(await at(width));
      release();
      await expect(page.getByTestId("round-trip")).toHaveText(/^\d+ ms/);
      for (const [i, width] of widths.entries()) {
        expect(await at(width), `${lang} at ${width} px, after the check`).toEqual(before[i]);
        // Every message the check can show, in its place.
        const moved = await page.getByRole("region", { name: t.heading }).getByRole("status").evaluate((status, messages) => {
          const q = document.querySelector("#question")!;
          const top = q.getBoundingClientRect().top;
          const shown = status.textContent;
          const moved = messages.filter((m) => {
            status.textContent = m;
            return q.getBoundingClientRect().top !== top;
          });
          status.textContent = shown;
          return moved;
        }, messages);
        expect(moved, `${lang} at ${width} px`).toEqual([]);
      }
    }
  });
});
