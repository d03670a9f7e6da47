import { stepMeta } from "@/content/library.server";
import { publicOrigin } from "@/content/page.server";
import { sitePages } from "@/lib/site-pages";
import { allSteps } from "@/wizard/steps";

/** Pages other than the steps that a search should find: where the advice comes from, and what is counted. */
const otherPages = sitePages.filter((page) => page.indexed).map((page) => page.path);

/**
 * Prerendered to /sitemap.xml: every step's URL from the machine's walk, then the other pages.
 * A step's lastmod is the day its menu path was compared with its sources (`checked:`), the one
 * date the content keeps. A step with no menu path has no such day, and another step's date would
 * claim a check that never happened (the content checks refuse a `checked` there for that reason),
 * so it has no lastmod, which the format allows; nor do the other pages.
 */
export function loader() {
  const urls = [
    ...[...allSteps().values()].map((step) => ({ href: step.href, lastmod: stepMeta(step.id).checked })),
    ...otherPages.map((href) => ({ href, lastmod: undefined })),
  ];
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(({ href, lastmod }) => `  <url><loc>${publicOrigin}${href}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`),
    "</urlset>",
  ];
  return new Response(`${xml.join("\n")}\n`, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
