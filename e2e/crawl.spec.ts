import { expect, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { embedHref } from "../src/lib/embed.ts";
import { localHref } from "../src/lib/language-path.ts";
import { sitePagePaths, translatedPages } from "../src/lib/site-pages.ts";
import { allSteps } from "../src/wizard/steps.ts";

/**
 * The HTML as served, as a browser with JavaScript off or a search engine reads it: every link,
 * not only the machine's answers (Back, Start over, the sources page). `follow` says which links to
 * go on from; every link found is fetched.
 */
async function crawl(request: APIRequestContext, start: string, follow = (_href: string) => true) {
  const seen = new Map<string, number>();
  /** Each link found, with its target attribute. */
  const links: Array<{ from: string; href: string; target?: string }> = [];
  const queue = [start];
  while (queue.length > 0) {
    const href = queue.shift()!;
    if (seen.has(href)) continue;
    const response = await request.get(href);
    seen.set(href, response.status());
    if (!follow(href)) continue;
    const html = await response.text();
    for (const [tag, link] of html.matchAll(/<a [^>]*href="(\/[^"#]*)[^>]*>/g)) {
      links.push({ from: href, href: link!, target: /\starget="([^"]*)"/.exec(tag)?.[1] });
      if (!seen.has(link!)) queue.push(link!.replaceAll("&amp;", "&"));
    }
  }
  return { seen, links, broken: [...seen].filter(([, status]) => status !== 200) };
}

test("a crawl from / reaches every step and finds no broken link", async ({ request }) => {
  // One answer to a fix, so that /stats has figures to offer as JSON and CSV (every run starts empty).
  expect((await request.post("/api/outcomes", { data: { from: "/unliking/android/cache", to: "/unliking/android/cache/fixed" } })).status()).toBe(201);
  const { seen, broken } = await crawl(request, "/");
  expect(broken).toEqual([]);
  // Every step, the sources page every step with a menu path links to, and the footer's pages: every
  // fix at once, the map, the embed page, and counting (how, and the figures, which offer them as
  // JSON and CSV); each step and translated page in Spanish too, through the language link.
  const figures = ["/api/outcomes/summary", "/api/outcomes/summary.csv"];
  const spanish = [...allSteps().keys(), ...translatedPages.map((p) => p.path)].map((href) => localHref(href, "es"));
  expect([...seen.keys()].sort()).toEqual([...allSteps().keys(), ...sitePagePaths, ...spanish, ...figures].sort());
});

// The guide as another site frames it: every step's embed page, in both languages, is reached from
// /embed through links that stay in the frame (target="_self"); every other link leaves for a new tab.
test("a crawl from /embed reaches every step's embed page; only the guide's links stay in the frame", async ({ request }) => {
  const isEmbed = (href: string) => href === "/embed" || href.startsWith("/embed/");
  const { seen, links, broken } = await crawl(request, "/embed", isEmbed);
  expect(broken).toEqual([]);
  const steps = [...allSteps().keys()];
  expect([...seen.keys()].filter(isEmbed).sort()).toEqual([...steps, ...steps.map((href) => localHref(href, "es"))].map(embedHref).sort());
  const wrongTab = links.filter(({ href, target }) => (isEmbed(href) ? target !== "_self" : target !== undefined && target !== "_blank"));
  expect(wrongTab).toEqual([]);
  // Links that leave the guide: the site's own pages beside it, never a step of the site outside the frame.
  expect([...new Set(links.filter(({ href }) => !isEmbed(href)).map(({ href }) => href))].sort()).toEqual(
    [...sitePagePaths, ...translatedPages.map((p) => localHref(p.path, "es"))].sort(),
  );
});
