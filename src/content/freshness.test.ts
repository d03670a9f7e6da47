import { afterEach, describe, expect, it } from "vitest";
import { isStale } from "./freshness.ts";
import { readLibrary } from "./library.server.ts";
import { stepPage } from "./page.server.ts";

describe("a menu path checked over a year ago", () => {
  afterEach(() => {
    delete process.env.LIKES_TODAY;
  });

  it("is stale from the day after its first twelve months", () => {
    expect(isStale("2025-12-04", "2026-12-04")).toBe(false);
    expect(isStale("2025-12-04", "2026-12-05")).toBe(true);
    expect(isStale("2024-02-29", "2025-03-02")).toBe(true);
  });

  it("makes the build name the file and line of its date, and nothing when all are recent", () => {
    const later = readLibrary(undefined, "2030-01-01").stale;
    expect(later).toContainEqual(expect.stringMatching(/^content\/cache\.md:4: menu path last checked \d{4}-\d{2}-\d{2}, over 12 months before 2030-01-01/));
    expect(readLibrary(undefined, "2026-12-04").stale).toEqual([]);
  });

  it("makes the step say when it was last checked and that menus may have changed", () => {
    process.env.LIKES_TODAY = "2030-01-01";
    expect(stepPage("/unliking/android/cache")!.menuCheck).toMatchObject({ stale: true });
    process.env.LIKES_TODAY = "2026-12-04";
    expect(stepPage("/unliking/android/cache")!.menuCheck).toMatchObject({ stale: false });
  });
});
