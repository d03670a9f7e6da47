import { describe, expect, it } from "vitest";
import { clearProgress, readProgress, storageKey, writeProgress } from "./saved-progress";

function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[storageKey, initial]]);
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const now = Date.parse("2026-11-24T12:00:00Z");

describe("continuing where you left off", () => {
  it("gives back the step that was saved", () => {
    const storage = memoryStorage();
    writeProgress(storage, { href: "/unliking/android/cache", title: "Clear TikTok's cache", savedAt: now - 1000 });
    expect(readProgress(storage, now)).toEqual({ href: "/unliking/android/cache", title: "Clear TikTok's cache", savedAt: now - 1000 });
  });

  it("forgets the step once cleared", () => {
    const storage = memoryStorage();
    writeProgress(storage, { href: "/symptom", title: "What is happening?", savedAt: now });
    clearProgress(storage);
    expect(readProgress(storage, now)).toBeUndefined();
  });

  it.each([
    ["not JSON", "{oops"],
    ["JSON of the wrong shape", JSON.stringify(["/symptom"])],
    ["another version", JSON.stringify({ v: 0, href: "/symptom", title: "x", savedAt: now })],
    ["a link off the site", JSON.stringify({ v: 1, href: "https://evil.example/", title: "x", savedAt: now })],
    ["a protocol-relative link", JSON.stringify({ v: 1, href: "//evil.example/x", title: "x", savedAt: now })],
    ["a step saved two months ago", JSON.stringify({ v: 1, href: "/symptom", title: "x", savedAt: now - 60 * 86_400_000 })],
    ["a date in the future", JSON.stringify({ v: 1, href: "/symptom", title: "x", savedAt: now + 86_400_000 })],
  ])("ignores a saved value that is %s", (_, value) => {
    expect(readProgress(memoryStorage(value), now)).toBeUndefined();
  });

  it("does not fail when storage itself throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(readProgress(broken, now)).toBeUndefined();
    expect(() => writeProgress(broken, { href: "/symptom", title: "x", savedAt: now })).not.toThrow();
    expect(() => clearProgress(broken)).not.toThrow();
  });
});
