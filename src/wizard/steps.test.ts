import { describe, expect, it } from "vitest";
import { findStep, fixesTried, normalisePath, previousHref } from "./steps";

describe("step URLs", () => {
  it("ignores a trailing slash and the .data suffix of client navigations", () => {
    expect(normalisePath("/unliking/android/cache/")).toBe("/unliking/android/cache");
    expect(normalisePath("/unliking/android/cache.data")).toBe("/unliking/android/cache");
    expect(normalisePath("/")).toBe("/");
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
  it("lists the fixes someone said No to on the way to support", () => {
    expect(fixesTried(findStep("/missing/iphone/support")!)).toEqual(["privacy", "connection", "update", "cache", "log-out", "slow-down"]);
    expect(fixesTried(findStep("/dropping/android/cache")!)).toEqual(["connection", "update"]);
  });
});
