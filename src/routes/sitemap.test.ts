import { describe, expect, it } from "vitest";
import { stepMeta } from "@/content/library.server";
import { publicOrigin } from "@/content/page.server";
import { sitePages } from "@/lib/site-pages";
import { allSteps } from "@/wizard/steps";
import { loader as robots } from "./robots";
import { loader as sitemap } from "./sitemap";

const xml = await sitemap().text();

describe("the sitemap", () => {
  const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map(([, loc, lastmod]) => ({ loc: loc!, lastmod }));

  it("lists every step the machine reaches, the sources page and the counting page, once each", () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(urls).toHaveLength(xml.match(/<url>/g)!.length);
    expect(urls.map((url) => url.loc)).toEqual([...allSteps().keys(), ...sitePages.filter((p) => p.indexed).map((p) => p.path)].map((href) => publicOrigin + href));
    expect(urls.map((url) => url.loc)).toContain(`${publicOrigin}/how-we-count`);
  });
  it("gives absolute addresses", () => {
    for (const { loc } of urls) expect(new URL(loc).href).toBe(loc);
  });
  it("dates a step by the day its menu path was checked, and leaves undated what was never checked", () => {
    for (const { loc, lastmod } of urls) {
      const step = allSteps().get(loc.slice(publicOrigin.length));
      expect(lastmod, loc).toBe(step && stepMeta(step.id).checked);
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
