import { stepMeta } from "@/content/library.server";
import { publicOrigin } from "@/content/page.server";
import { languages } from "@/content/languages";
import { localHref } from "@/lib/language-path";
import { sitePages } from "@/lib/site-pages";
import { allSteps } from "@/wizard/steps";

/** Pages other than the steps that a search should find: where the advice comes from, and what is counted. */
const otherPages = sitePages.filter((page) => page.indexed);

/**
 * Prerendered to /sitemap.xml: every step's URL from the machine's walk, then the other pages, each
 * in every language it has, with its alternates.
 * A step's lastmod is the day its menu path was compared with its sources (`checked:`), the one
 * date the content keeps. A step with no menu path has no such day, and another step's date would
 * claim a check that never happened (the content checks refuse a `checked` there for that reason),
 * so it has no lastmod, which the format allows; nor do the other pages.
 */
export function loader() {
  const urls = [
    ...[...allSteps().values()].flatMap((step) =>
      languages.map((lang) => ({ href: step.href, lang, translated: true, lastmod: stepMeta(step.id, lang).checked })),
    ),
    ...otherPages.flatMap(({ path, translated }) =>
      (translated ? languages : (["en"] as const)).map((lang) => ({ href: path, lang, translated, lastmod: undefined })),
    ),
  ];
  // A page in every language lists each of them, itself included (Google's rules for hreflang in a sitemap).
  const alternates = (href: string) =>
    [...languages, "x-default" as const]
      .map((lang) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${publicOrigin}${localHref(href, lang === "x-default" ? "en" : lang)}"/>`)
      .join("");
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls.map(
      ({ href, lang, translated, lastmod }) =>
        `  <url><loc>${publicOrigin}${localHref(href, lang)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}${translated ? alternates(href) : ""}</url>`,
    ),
    "</urlset>",
  ];
  return new Response(`${xml.join("\n")}\n`, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
