import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renamedHref } from "./renames";
import { allSteps, findStep, fixesTried, normalisePath, previousHref, quickCheck } from "./steps";

describe("step URLs", () => {
  it("ignores a trailing slash and the .data suffix of client navigations", () => {
    expect(normalisePath("/unliking/android/cache/")).toBe("/unliking/android/cache");
    expect(normalisePath("/unliking/android/cache.data")).toBe("/unliking/android/cache");
    expect(normalisePath("/")).toBe("/");
  });
  it("fits the step route's segments (src/routes.ts): the symptom, a detail, a fix, then the step id", () => {
    for (const { href, context } of allSteps().values()) {
      const [symptom, detail, fix, ...more] = href.split("/").slice(1, -1);
      expect(more, href).toEqual([]);
      expect(symptom, href).toBe(context.symptom);
      if (detail) expect([context.check, context.device, context.fixedBy], href).toContain(detail);
      if (fix) expect([context.fixedBy, context.skipped], href).toContain(fix);
    }
  });
  it("knows no step at an address the machine cannot reach", () => {
    expect(findStep("/unliking/windows-phone/cache")).toBeUndefined();
    expect(findStep("/cache")).toBeUndefined();
  });
  it("Back from Android's cache step goes to Android's update step", () => {
    expect(previousHref(findStep("/unliking/android/cache")!)).toBe("/unliking/android/update");
  });
  it("Back from the symptom question goes to the start", () => {
    expect(previousHref(findStep("/symptom")!)).toBe("/");
  });
  it("lists the fixes someone said No to (or skipped) on the way to support", () => {
    const tried = (href: string) => fixesTried(findStep(href)!).map((t) => `${t.from}:${t.event}`);
    expect(tried("/missing/iphone/support")).toEqual(
      ["privacy", "connection", "update", "cache", "slow-down", "log-out", "reset"].map((id) => `${id}:answer.no`),
    );
    expect(tried("/dropping/android/no-reset/support").at(-1)).toBe("reset:answer.skip");
    expect(tried("/unliking/all-devices/support")).toEqual(["connection:answer.no", "account:answer.no", "slow-down:answer.no", "signed-in:answer.no"]);
  });
  it("remembers the quick-check answer for the report", () => {
    expect(quickCheck(findStep("/unliking/too-fast/support")!)?.event).toBe("check.too-fast");
    expect(quickCheck(findStep("/unliking/android/support")!)?.event).toBe("check.one-device");
    expect(quickCheck(findStep("/missing/privacy")!)).toBeUndefined();
  });
});

describe("links shared before the tree changed", () => {
  // Every URL the guide published on 24 November 2026, before the fix sequence was reworked.
  const published = readFileSync(new URL("./published-urls.txt", import.meta.url), "utf8").split("\n").filter((l) => l.startsWith("/"));

  it("each still opens a step, or names a renamed step that redirects to one", () => {
    const broken = published.filter((href) => !allSteps().has(href) && !allSteps().has(renamedHref(href) ?? ""));
    expect(published.length).toBeGreaterThan(70);
    expect(broken).toEqual([]);
  });
  it("a renamed step's old address leads to the new one", () => {
    expect(renamedHref("/dropping/fake-likes")).toBe("/dropping/sudden-drop");
    expect(renamedHref("/dropping/fake-likes/")).toBe("/dropping/sudden-drop");
    expect(renamedHref("/dropping/guidelines")).toBeUndefined();
  });
});
