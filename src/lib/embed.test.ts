import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { languages } from "@/content/languages";
import { allSteps } from "@/wizard/steps";
import { embedHref, embedProse, isEmbedPath, siteHref } from "./embed";
import { languagePrefix } from "./language-path";
import { stepDataUrl } from "./step-data";

describe("embed addresses", () => {
  it("every step has an embed page, and the embed page leads back to the step", () => {
    for (const href of allSteps().keys()) {
      const embed = embedHref(href);
      expect(isEmbedPath(embed), embed).toBe(true);
      expect(isEmbedPath(href), href).toBe(false);
      expect(siteHref(embed)).toBe(href);
    }
    expect(embedHref("/")).toBe("/embed");
    expect(isEmbedPath("/embedded")).toBe(false);
  });

  it("prefetches the data React Router asks for on each kind of page", () => {
    expect(stepDataUrl("/")).toBe("/_root.data?_routes=start");
    expect(stepDataUrl("/unliking/connection")).toBe("/unliking/connection.data?_routes=step");
    expect(stepDataUrl("/embed")).toBe("/embed.data?_routes=embed-start");
    expect(stepDataUrl("/embed/unliking/connection")).toBe("/embed/unliking/connection.data?_routes=embed-step");
  });

  it("keeps the prose's links to other steps in the frame and leaves other links alone", () => {
    const isStep = (href: string) => allSteps().has(href);
    const html =
      '<p>See <a href="/missing/connection">the check</a>, <a href="/sources">the sources</a> or <a href="https://support.tiktok.com/">TikTok</a>.</p>';
    expect(embedProse(html, isStep)).toBe(
      '<p>See <a href="/embed/missing/connection" target="_self">the check</a>, <a href="/sources">the sources</a> or <a href="https://support.tiktok.com/">TikTok</a>.</p>',
    );
  });
});

describe("embed.js, the snippet other sites paste", () => {
  // Plain JavaScript served as is, so it cannot import the list of languages: it keeps a copy.
  it("opens the guide in each of its languages (data-lang), under that language's prefix, and names them all when given another", () => {
    const snippet = readFileSync(new URL("../../public/embed.js", import.meta.url), "utf8");
    const table = /var LANGUAGES = (\{[^}]*\});/.exec(snippet)?.[1];
    expect(table, "embed.js: var LANGUAGES = { … };").toBeDefined();
    const copied: unknown = JSON.parse(table!.replace(/([a-z]+):/g, '"$1":'));
    expect(copied).toEqual(Object.fromEntries(languages.filter((lang) => lang !== "en").map((lang) => [lang, languagePrefix[lang]])));
    expect(snippet).toContain(`is not a language of the guide (${languages.join(", ")})`);
  });
});
