import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { evidenceQuery, evidenceSentence, liveQuery, liveSentence } from "@/lib/live-counts";
import { localHref } from "@/lib/language-path";
import { useLanguage, useTextOf } from "./language";
import { countsText } from "@/lib/text/counts";

const queryClient = new QueryClient();

/**
 * What our own counts say on a step: the live level of its problem, or how often the fix worked.
 * Loaded only once the step runs and the reader scrolls near it (step-view.tsx keeps its space),
 * so it never holds a step up or adds to a first visit's scripts;
 * offline, or where the server does not count (a static host, OUTCOMES=off), it shows nothing.
 */
export default function LiveCounts(props: { kind: "live"; symptom: string } | { kind: "evidence"; step: string; device?: { id: string; label: string } }) {
  return (
    <QueryClientProvider client={queryClient}>
      {props.kind === "live" ? <LiveLevel symptom={props.symptom} /> : <FixEvidence step={props.step} device={props.device} />}
    </QueryClientProvider>
  );
}

function LiveLevel({ symptom }: { symptom: string }) {
  const { data } = useQuery(liveQuery());
  const text = useTextOf(countsText);
  const t = text.live;
  const sentence = liveSentence(symptom, data?.[symptom], text);
  const howWeCount = `${localHref("/how-we-count", useLanguage())}#live`;
  if (!sentence) return null;
  const level = data?.[symptom]?.level;
  return (
    <p data-testid="live-level" className={level === "high" || level === "raised" ? "border-s-4 border-brand-strong ps-3 text-zinc-950 dark:border-rose-300 dark:text-white" : ""}>
      <span className="font-semibold">{t.ourLiveCount}</span>
      {sentence}{" "}
      <a href={howWeCount} className="text-brand-strong underline underline-offset-2 dark:text-rose-300">
        {t.howWeCount}
      </a>
    </p>
  );
}

function FixEvidence({ step, device }: { step: string; device?: { id: string; label: string } }) {
  const { data } = useQuery(evidenceQuery());
  const text = useTextOf(countsText);
  const t = text.evidence;
  const sentence = evidenceSentence(data, step, device, text);
  if (!sentence || !data) return null;
  return (
    <p data-testid="fix-evidence">
      {sentence}{" "}
      <a href={`/stats?from=${data.from}`} className="text-brand-strong underline underline-offset-2 dark:text-rose-300">
        {t.allFigures}
      </a>
    </p>
  );
}
