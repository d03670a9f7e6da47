// What a search engine reads, from the build as `npm start` serves it: the sitemap, robots.txt and
// a step's breadcrumbs (JSON-LD), which must stay inert under the page's script policy.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { localHref } from "../src/lib/language-path.ts";
import { sitePages } from "../src/lib/site-pages.ts";
import { allSteps } from "../src/wizard/steps.ts";
import { titleOf } from "./support/content.ts";
import { answer } from "./support/walk.ts";

test("the sitemap lists every step in both languages and robots.txt points at it, each with its content type", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  // The build's PUBLIC_ORIGIN need not be the address under test: compare paths.
  const listed = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
  const spanish = (href: string) => localHref(href, "es");
  expect(listed).toEqual([
    ...[...allSteps().keys()].flatMap((href) => [href, spanish(href)]),
    ...sitePages.filter((p) => p.indexed).flatMap((p) => (p.translated ? [p.path, spanish(p.path)] : [p.path])),
  ]);
  expect(listed).not.toContain("/stats");

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain\b/);
  expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test("a deep step carries the walk to it as breadcrumbs, kept up on the next step, with no CSP complaint", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
  });
  /** Every JSON-LD block in the page, parsed as a search engine would, as [type, [position, name, path]…]. */
  const structuredData = async () =>
    (await page.locator('head script[type="application/ld+json"]').allTextContents()).map((text) => {
      const { "@type": type, itemListElement } = JSON.parse(text);
      const items = itemListElement as Array<{ position: number; name: string; item: string }>;
      return [type, items.map(({ position, name, item }) => [position, name, new URL(item).pathname])];
    });
  // The walk a person with likes flipping back on an Android phone takes to the reset, step by step.
  const walk = [
    "/",
    "/symptom",
    "/unliking/connection",
    "/unliking/quick-checks",
    "/unliking/device",
    "/unliking/android/update",
    "/unliking/android/cache",
    "/unliking/android/slow-down",
    "/unliking/android/log-out",
    "/unliking/android/reset",
  ];
  const breadcrumbs = (hrefs: string[]) => [["BreadcrumbList", hrefs.map((href, i) => [i + 1, titleOf(href === "/" ? "start" : href.split("/").at(-1)!), href])]];

  await page.goto("/unliking/android/reset");
  await page.waitForFunction(() => "__reactRouterDataRouter" in window);
  expect(await structuredData()).toEqual(breadcrumbs(walk));

  await answer(page, "reset", "answer.no");
  await expect(page).toHaveURL(/\/unliking\/android\/support$/);
  await expect.poll(structuredData).toEqual(breadcrumbs([...walk, "/unliking/android/support"]));
  expect(problems).toEqual([]);
});

test("every URL the guide ever published still answers: the step, or a permanent move to it", async ({ request }) => {
  const published = readFileSync(new URL("../src/wizard/published-urls.txt", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("/"));
  expect(published.length).toBeGreaterThan(120);
  const answers = await Promise.all(
    published.map(async (href) => {
      const response = await request.get(href, { maxRedirects: 0 });
      return { href, status: response.status(), to: response.headers().location };
    }),
  );
  const moved = answers.filter((a) => a.status === 301);
  expect(answers.filter((a) => a.status !== 200 && a.status !== 301)).toEqual([]);
  for (const { href, to } of moved) expect(allSteps().has(to!), `${href} moves to ${to}`).toBe(true);
});
