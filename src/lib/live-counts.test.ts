import { describe, expect, it } from "vitest";
import { evidenceSentence, liveSentence, parseEvidence, parseLive } from "./live-counts";

describe("the live line", () => {
  it("says how many and how many times the usual, and what it most likely means", () => {
    expect(liveSentence("unliking", { level: "high", reports: 142, usual: 23.7, ratio: 6 })).toBe(
      "142 readers reported likes flipping back in the last hour, about 6× the usual for this time of the week: most likely a problem on TikTok's side.",
    );
    expect(liveSentence("missing", { level: "raised", reports: 1203, usual: 500, ratio: 2.4 })).toBe(
      "1,203 readers reported liked videos missing in the last hour, about 2.4× the usual for this time of the week: more than usual, so a wider problem may be starting.",
    );
    expect(liveSentence("dropping", { level: "normal", reports: 3, usual: 3, ratio: 1 })).toBe("No sign of a wider problem in our counts right now.");
  });

  it("says nothing without history, and nothing from an answer it cannot read", () => {
    expect(liveSentence("unliking", { level: "unknown", reports: null, usual: null, ratio: null })).toBeUndefined();
    expect(liveSentence("unliking", undefined)).toBeUndefined();
    expect(parseLive({ symptoms: { unliking: { level: "high", reports: "many", ratio: 6 }, missing: { level: "panic" }, dropping: null } })).toEqual({});
    expect(parseLive("<html>")).toEqual({});
  });
});

describe("how often a fix worked", () => {
  const evidence = parseEvidence({
    from: "2026-09-06",
    days: 90,
    fixes: {
      cache: { all: { answered: 1203, worked: 493, share: 0.41, interval: [0.382, 0.438] }, byDevice: { android: { answered: 40, worked: 30, share: 0.75, interval: [0.6, 0.86] } } },
      update: { all: null, byDevice: { iphone: { answered: -1 } } },
    },
  });

  it("gives the phone's own figure on a step for one phone, else all readers', with its range", () => {
    expect(evidenceSentence(evidence, "cache", { id: "android", label: "Android" })).toBe(
      "Worked for 75% of 40 readers who tried it on Android in the last 90 days (likely 60%–86%).",
    );
    expect(evidenceSentence(evidence, "cache")).toBe("Worked for 41% of 1,203 readers who tried it in the last 90 days (likely 38%–44%).");
  });

  it("says nothing below the minimum (the server sends none) or for a figure it cannot read", () => {
    expect(evidenceSentence(evidence, "cache", { id: "iphone", label: "iPhone" })).toBeUndefined();
    expect(evidenceSentence(evidence, "update", { id: "iphone", label: "iPhone" })).toBeUndefined();
    expect(evidenceSentence(evidence, "update")).toBeUndefined();
    expect(parseEvidence({ fixes: {} })).toBeUndefined();
  });
});
