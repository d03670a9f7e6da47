import { queryOptions } from "@tanstack/react-query";

export interface RoundTrip {
  /** Median of the samples, in milliseconds. */
  medianMs: number;
  samples: number[];
}

export type Verdict = "good" | "slow" | "very-slow";

/** Thresholds for a chat-and-video app: a like needs a round trip, a video needs many. */
export function verdictFor(medianMs: number): Verdict {
  if (medianMs < 300) return "good";
  if (medianMs < 1000) return "slow";
  return "very-slow";
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A few tiny requests to this site's own server, one after another, never answered from a cache. */
export async function measureRoundTrip(signal?: AbortSignal, count = 5, fetcher: typeof fetch = fetch): Promise<RoundTrip> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetcher(`/ping.txt?check=${Date.now()}-${i}`, {
      cache: "no-store",
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(5000)]) : AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`The server answered ${response.status}`);
    await response.arrayBuffer();
    samples.push(performance.now() - started);
  }
  return { medianMs: Math.round(median(samples)), samples };
}

export const connectionQuery = () =>
  queryOptions({
    queryKey: ["connection-check"],
    queryFn: ({ signal }) => measureRoundTrip(signal),
    // A measurement is only true for the moment it was taken: the person re-checks by hand.
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: true,
    networkMode: "online",
  });
