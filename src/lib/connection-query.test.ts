import { describe, expect, it, vi } from "vitest";
import { measureRoundTrip, median, verdictFor } from "./connection-query";

describe("the connection verdict", () => {
  it("calls a quick round trip good, a sluggish one slow, a very long one very slow", () => {
    expect(verdictFor(80)).toBe("good");
    expect(verdictFor(450)).toBe("slow");
    expect(verdictFor(2500)).toBe("very-slow");
  });
  it("takes the median, so one stray sample does not decide", () => {
    expect(median([40, 42, 2000, 41, 39])).toBe(41);
    expect(median([10, 20])).toBe(15);
  });
});

describe("measuring the round trip", () => {
  it("asks our own server several times, bypassing every cache", async () => {
    const fetcher = vi.fn(async () => new Response("ok"));
    const result = await measureRoundTrip(undefined, 3, fetcher as unknown as typeof fetch);
    expect(result.samples).toHaveLength(3);
    const urls = fetcher.mock.calls.map((call) => (call as unknown as [string, RequestInit])[0]);
    expect(urls.every((u) => u.startsWith("/ping.txt?"))).toBe(true);
    expect(new Set(urls).size).toBe(3);
    expect(fetcher.mock.calls.every((call) => (call as unknown as [string, RequestInit])[1].cache === "no-store")).toBe(true);
  });
  it("fails plainly when the server does not answer well", async () => {
    const fetcher = vi.fn(async () => new Response("no", { status: 503 }));
    await expect(measureRoundTrip(undefined, 3, fetcher as unknown as typeof fetch)).rejects.toThrow("503");
  });
});
