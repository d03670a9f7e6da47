import { QueryClient, QueryClientProvider, onlineManager, useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { connectionQuery, verdictFor, type Verdict } from "@/lib/connection-query";
import type { Language } from "@/content/languages";
import { useLanguage, useTextOf } from "./language";
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
    <CheckView
      message={message}
      online={online ? t.yes : t.no}
      roundTrip={online && data && !isFetching ? t.roundTripValue(data.medianMs, data.samples.length) : "–"}
      busy={isFetching && online}
      onAgain={() => refetch()}
    />
  );
}

/**
 * Room for the longest message (noAnswer, in either language) on the narrowest screen and from
 * 400 px on: the answers below never move as the check goes from one message to the next
 * (e2e/offline.spec.ts measures it). Whole class names, for Tailwind.
 */
const messageSpace: Record<Language, string> = { en: "min-h-[5lh] min-[400px]:min-h-[4lh]", es: "min-h-[6lh] min-[400px]:min-h-[5lh]" };
/** The round trip's value ("123 ms (middle of 5 tries)") wraps on a narrow screen, "–" does not. */
const roundTripSpace: Record<Language, string> = { en: "min-h-[2lh]", es: "min-h-[3lh] min-[400px]:min-h-[2lh]" };

/**
 * The check's one layout: before its code runs (`onAgain` missing) the same boxes, the message
 * saying the check needs JavaScript and the rest kept invisible, so nothing below moves when it
 * starts.
 */
export function CheckView({ message, online, roundTrip, busy, onAgain }: { message: string; online: string; roundTrip: string; busy: boolean; onAgain?: () => void }) {
  const t = useTextOf(connectionText);
  const lang = useLanguage();
  const waiting = onAgain === undefined;
  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className={`text-base ${messageSpace[lang]}`}>
        {message}
      </p>
      <div className={`space-y-3 ${waiting ? "invisible [@media(scripting:none)]:hidden" : ""}`} aria-hidden={waiting || undefined}>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-base wrap-break-word">
          <dt className="font-semibold">{t.online}</dt>
          <dd data-testid="online">{online}</dd>
          <dt className="font-semibold">{t.roundTrip}</dt>
          <dd data-testid="round-trip" className={roundTripSpace[lang]}>
            {roundTrip}
          </dd>
        </dl>
        <button
          type="button"
          onClick={onAgain}
          disabled={busy || waiting}
          className="inline-flex min-h-12 items-center rounded-xl border-2 border-zinc-300 px-4 font-semibold text-zinc-900 hover:border-brand-strong disabled:opacity-60 dark:border-zinc-600 dark:text-white"
        >
          {t.checkAgain}
        </button>
      </div>
    </div>
  );
}
