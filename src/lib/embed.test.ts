import { describe, expect, it } from "vitest";
import { allSteps } from "@/wizard/steps";
import { embedHref, embedProse, isEmbedPath, siteHref } from "./embed";
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
