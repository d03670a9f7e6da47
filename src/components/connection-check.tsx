import { QueryClient, QueryClientProvider, onlineManager, useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { connectionQuery, verdictFor, type Verdict } from "@/lib/connection-query";

const queryClient = new QueryClient();

const verdicts: Record<Verdict, string> = {
  good: "Your connection looks fine. If likes still flip back, the cause is probably elsewhere: try the next fix.",
  slow: "Your connection is slow. Likes can fail to save on a connection like this: try the tips above, then check again.",
  "very-slow": "Your connection is very slow. Likes are likely to fail to save: switch between Wi-Fi and mobile data, then check again.",
};

/** The live check on the connection step; loaded only there, so other steps do not carry it. */
export default function ConnectionCheck() {
  return (
    <QueryClientProvider client={queryClient}>
      <Check />
    </QueryClientProvider>
  );
}

function useOnline() {
  return useSyncExternalStore(onlineManager.subscribe.bind(onlineManager), () => onlineManager.isOnline(), () => true);
}

function Check() {
  const online = useOnline();
  const { data, error, isFetching, refetch } = useQuery(connectionQuery());

  let message: string;
  if (!online) message = "You're offline: this phone has no internet connection right now. Turn on Wi-Fi or mobile data, then check again.";
  else if (isFetching) message = "Checking your connection…";
  else if (error) message = "This site did not answer, so your connection may be down or very unstable. Try switching networks, then check again.";
  else if (data) message = verdicts[verdictFor(data.medianMs)];
  else message = "";

  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className="text-base">
        {message}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base">
        <dt className="font-semibold">Online</dt>
        <dd data-testid="online">{online ? "Yes" : "No"}</dd>
        <dt className="font-semibold">Round trip</dt>
        <dd data-testid="round-trip">{online && data && !isFetching ? `${data.medianMs} ms (middle of ${data.samples.length} tries)` : "–"}</dd>
      </dl>
      <button
        type="button"
        onClick={() => refetch()}
        disabled={isFetching && online}
        className="inline-flex min-h-12 items-center rounded-xl border-2 border-zinc-300 px-4 font-semibold text-zinc-900 hover:border-brand-strong disabled:opacity-60 dark:border-zinc-600 dark:text-white"
      >
        Check again
      </button>
    </div>
  );
}
