import { describe, expect, it } from "vitest";
import { stepMeta } from "@/content/library.server";
import { publicOrigin, stepPage } from "@/content/page.server";
import { allSteps } from "@/wizard/steps";
import { embedHref } from "./embed";
import { englishHref, languageOfPath, localHref, localProse, samePageIn } from "./language-path";
import { pageMeta } from "./page-meta";
import { stepDataUrl } from "./step-data";
import { es } from "./ui-text-es";

describe("Spanish addresses", () => {
  it("every step has a Spanish page, framed or not, that leads back to the same step in English", () => {
    for (const href of allSteps().keys()) {
      const spanish = localHref(href, "es");
      expect(languageOfPath(spanish), spanish).toBe("es");
      expect(languageOfPath(embedHref(spanish)), spanish).toBe("es");
      expect(languageOfPath(href), href).toBe("en");
      expect(englishHref(spanish)).toBe(href);
      expect(samePageIn(spanish, "en")).toBe(href);
      expect(samePageIn(embedHref(href), "es")).toBe(embedHref(spanish));
    }
    expect(localHref("/", "es")).toBe("/es");
    expect(samePageIn("/es", "en")).toBe("/");
    // A path that only starts with the letters is not Spanish.
    expect(languageOfPath("/estonia")).toBe("en");
  });

  it("prefetches the data React Router asks for on each Spanish page", () => {
    expect(stepDataUrl("/es")).toBe("/es.data?_routes=es-start");
    expect(stepDataUrl("/es/unliking/connection")).toBe("/es/unliking/connection.data?_routes=es-step");
    expect(stepDataUrl("/embed/es")).toBe("/embed/es.data?_routes=embed-es-start");
    expect(stepDataUrl("/embed/es/unliking/connection")).toBe("/embed/es/unliking/connection.data?_routes=embed-es-step");
  });

  it("keeps a Spanish step's links to other steps in Spanish, and leaves other links alone", () => {
    const html = '<a href="/missing/connection">x</a> <a href="/stats">y</a> <a href="https://support.tiktok.com/">z</a>';
    expect(localProse(html, "es", (href) => allSteps().has(href))).toBe(
      '<a href="/es/missing/connection">x</a> <a href="/stats">y</a> <a href="https://support.tiktok.com/">z</a>',
    );
    expect(localProse(html, "en", () => true)).toBe(html);
  });
});

describe("a Spanish step's page", () => {
  const page = stepPage("/unliking/android/cache", "es")!;
  const tags = pageMeta(page, es) as Array<Record<string, string>>;

  it("has its Spanish words, with the step's English address kept for counts and saved progress", () => {
    expect(page.title).toBe(stepMeta("cache", "es").title);
    expect(page.title).not.toBe(stepMeta("cache").title);
    expect(page.href).toBe("/unliking/android/cache");
    expect(page.url).toBe(`${publicOrigin}/es/unliking/android/cache`);
    expect(page.answers.map((a) => a.label)).toEqual(Object.values(stepMeta("cache", "es").answers!));
    expect(page.walk.every((w) => w.url.startsWith(`${publicOrigin}/es`))).toBe(true);
  });

  it("says its Spanish title, address and picture in a preview, and where the English page is", () => {
    expect(tags.find((t) => "title" in t)!.title).toMatch(/ · Ayuda con los me gusta$/);
    expect(tags.find((t) => t.rel === "canonical")!.href).toBe(page.url);
    expect(tags.find((t) => t.property === "og:image")!.content).toBe(`${publicOrigin}/og/es/cache.png`);
    const alternates = tags.filter((t) => t.rel === "alternate").map((t) => [t.hrefLang, t.href]);
    expect(alternates).toEqual([
      ["en", `${publicOrigin}/unliking/android/cache`],
      ["es", `${publicOrigin}/es/unliking/android/cache`],
      ["x-default", `${publicOrigin}/unliking/android/cache`],
    ]);
  });

  it("dates its sources in Spanish", () => {
    expect(page.menuCheck?.dateLabel).toMatch(/^\d{1,2} de [a-z]+ de \d{4}$|^[a-z]+ de \d{4}$|^\d{4}$/);
  });
});
