import { describe, expect, it } from "vitest";
import { stepMeta } from "@/content/library.server";
import { publicOrigin } from "@/content/page.server";
import { sitePages } from "@/lib/site-pages";
import { allSteps } from "@/wizard/steps";
import { loader as robots } from "./robots";
import { loader as sitemap } from "./sitemap";

const xml = await sitemap().text();

describe("the sitemap", () => {
  const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?((?:<xhtml:link [^>]+\/>)*)<\/url>/g)].map(([, loc, lastmod, links]) => ({
    loc: loc!,
    lastmod,
    alternates: Object.fromEntries([...links!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang!, href!])),
  }));
  const spanish = (href: string) => (href === "/" ? "/es" : `/es${href}`);

  it("lists every step the machine reaches and the pages a search needs, in English and in Spanish, once each", () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/);
    expect(urls).toHaveLength(xml.match(/<url>/g)!.length);
    const indexed = sitePages.filter((p) => p.indexed);
    const expected = [
      ...[...allSteps().keys()].flatMap((href) => [href, spanish(href)]),
      ...indexed.flatMap((p) => (p.translated ? [p.path, spanish(p.path)] : [p.path])),
    ].map((href) => publicOrigin + href);
    expect(urls.map((url) => url.loc)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
    expect(urls.map((url) => url.loc)).toContain(`${publicOrigin}/es/unliking/android/cache`);
    expect(urls.map((url) => url.loc)).toContain(`${publicOrigin}/how-we-count`);
  });
  it("gives absolute addresses", () => {
    for (const { loc } of urls) expect(new URL(loc).href).toBe(loc);
  });
  it("links each page to its other language both ways, English for everyone else", () => {
    const english = urls.find((url) => url.loc === `${publicOrigin}/unliking/android/cache`)!;
    const translation = urls.find((url) => url.loc === `${publicOrigin}/es/unliking/android/cache`)!;
    for (const page of [english, translation]) {
      expect(page.alternates).toEqual({ en: english.loc, es: translation.loc, "x-default": english.loc });
    }
    for (const url of urls) if (Object.keys(url.alternates).length > 0) expect(Object.values(url.alternates), url.loc).toContain(url.loc);
    // A page in English only has no alternates to a page that does not exist; a translated one has both.
    for (const { path, translated } of sitePages.filter((p) => p.indexed)) {
      const alternates = urls.find((url) => url.loc === `${publicOrigin}${path}`)!.alternates;
      expect(alternates, path).toEqual(translated ? { en: `${publicOrigin}${path}`, es: `${publicOrigin}/es${path}`, "x-default": `${publicOrigin}${path}` } : {});
    }
  });
  it("dates a step by the day its menu path was checked, and leaves undated what was never checked", () => {
    for (const { loc, lastmod } of urls) {
      const path = loc.slice(publicOrigin.length);
      const lang = path === "/es" || path.startsWith("/es/") ? "es" : "en";
      const step = allSteps().get(lang === "es" ? path.slice(3) || "/" : path);
      expect(lastmod, loc).toBe(step && stepMeta(step.id, lang).checked);
      if (lastmod) expect(new Date(`${lastmod}T00:00:00Z`).toISOString().slice(0, 10), loc).toBe(lastmod);
    }
    expect(urls.some((url) => url.lastmod)).toBe(true);
  });
});

describe("robots.txt", () => {
  it("lets everything be crawled but the API, and points at the sitemap", async () => {
    const lines = (await robots().text()).split("\n");
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain("Disallow: /api/");
    expect(lines.filter((line) => line.startsWith("Disallow:"))).toHaveLength(1);
    expect(lines).toContain(`Sitemap: ${publicOrigin}/sitemap.xml`);
  });
});
