import { expect, test } from "@playwright/test";
import { allSteps } from "../src/wizard/steps.ts";

// The HTML as served, as a browser with JavaScript off or a search engine reads it: every link,
// not only the machine's answers (Back, Start over, the sources page).
test("a crawl from / reaches every step and finds no broken link", async ({ request }) => {
  const seen = new Map<string, number>();
  const queue = ["/"];
  while (queue.length > 0) {
    const href = queue.shift()!;
    if (seen.has(href)) continue;
    const response = await request.get(href);
    seen.set(href, response.status());
    const html = await response.text();
    for (const [, link] of html.matchAll(/<a [^>]*href="(\/[^"#]*)/g)) if (!seen.has(link!)) queue.push(link!.replaceAll("&amp;", "&"));
  }
  const broken = [...seen].filter(([, status]) => status !== 200);
  expect(broken).toEqual([]);
  // Every step, the sources page every step with a menu path links to, and the footer's pages: every
  // fix at once, the map, and counting (how, and the figures, which offer them as JSON and CSV).
  const counting = ["/how-we-count", "/stats", "/api/outcomes/summary", "/api/outcomes/summary.csv"];
  expect([...seen.keys()].sort()).toEqual([...allSteps().keys(), "/sources", "/all-fixes", "/map", ...counting].sort());
});
