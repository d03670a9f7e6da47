import { describe, expect, it, vi } from "vitest";
import { shareStep, shareUrl } from "./share";

describe("the link to a step", () => {
  it("is the site's origin plus the step's path", () => {
    expect(shareUrl("https://help.example", "/unliking/android/cache")).toBe("https://help.example/unliking/android/cache");
  });
  it("drops query strings and fragments that would not open a different step", () => {
    expect(shareUrl("http://localhost:3000", "/missing/privacy?utm=x#top")).toBe("http://localhost:3000/missing/privacy");
  });
});

describe("sharing a step", () => {
  const data = { title: "Clear TikTok's cache", url: "https://help.example/unliking/android/cache" };

  it("opens the share sheet when the browser has one, and does not also copy", async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    expect(await shareStep(data, { share, writeText })).toBe("shared");
    expect(share).toHaveBeenCalledWith({ title: data.title, url: data.url });
    expect(writeText).not.toHaveBeenCalled();
  });
  it("copies the link when there is no share sheet", async () => {
    const writeText = vi.fn(async () => {});
    expect(await shareStep(data, { writeText })).toBe("copied");
    expect(writeText).toHaveBeenCalledWith(data.url);
  });
  it("leaves it at that when the person closes the share sheet", async () => {
    const share = vi.fn(async () => Promise.reject(new DOMException("cancelled", "AbortError")));
    const writeText = vi.fn(async () => {});
    expect(await shareStep(data, { share, writeText })).toBe("cancelled");
    expect(writeText).not.toHaveBeenCalled();
  });
  it("falls back to copying when the share sheet fails, and reports failure if copying fails too", async () => {
    const share = vi.fn(async () => Promise.reject(new Error("not allowed")));
    expect(await shareStep(data, { share, writeText: async () => {} })).toBe("copied");
    expect(await shareStep(data, { share, writeText: async () => Promise.reject(new Error("denied")) })).toBe("failed");
  });
});
