import { QueryClient, QueryClientProvider, onlineManager, useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { connectionQuery, verdictFor, type Verdict } from "@/lib/connection-query";
import { useTextOf } from "./language";
import { connectionText } from "@/lib/text/connection";

const queryClient = new QueryClient();

/** The words for each verdict (src/lib/ui-text.ts, `connection`). */
const verdicts: Record<Verdict, "good" | "slow" | "verySlow"> = { good: "good", slow: "slow", "very-slow": "verySlow" };

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
  const t = useTextOf(connectionText);

  let message: string;
  if (!online) message = t.offline;
  else if (isFetching) message = t.checking;
  else if (error) message = t.noAnswer;
  else if (data) message = t[verdicts[verdictFor(data.medianMs)]];
  else message = "";

  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className="text-base">
        {message}
      </p>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-base wrap-break-word">
        <dt className="font-semibold">{t.online}</dt>
        <dd data-testid="online">{online ? t.yes : t.no}</dd>
        <dt className="font-semibold">{t.roundTrip}</dt>
        <dd data-testid="round-trip">{online && data && !isFetching ? t.roundTripValue(data.medianMs, data.samples.length) : "–"}</dd>
      </dl>
      <button
        type="button"
        onClick={() => refetch()}
        disabled={isFetching && online}
        className="inline-flex min-h-12 items-center rounded-xl border-2 border-zinc-300 px-4 font-semibold text-zinc-900 hover:border-brand-strong disabled:opacity-60 dark:border-zinc-600 dark:text-white"
      >
        {t.checkAgain}
      </button>
    </div>
  );
}
