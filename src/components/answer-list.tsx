import { useEffect } from "react";
import { whenIdle } from "@/lib/idle";
import { recordOutcome } from "@/lib/outcomes";
import { prefetchStep } from "@/lib/step-data";
import type { StepPart } from "@/wizard/machine";
import { prefetchParts } from "./step-parts";
import { useGuideLinks } from "./embed-context";
import { GuideLink } from "./guide-link";

export interface AnswerLink {
  event: string;
  label: string;
  href: string;
  /** The part of the step it leads to, whose code is fetched ahead with the step's data. */
  part?: StepPart;
}

interface AnswerListProps {
  answers: AnswerLink[];
  /** The step these answers belong to: a tap counts as an outcome of it (src/lib/outcomes.ts). */
  from?: string;
  /**
   * The answer the browser suggests; marked, never chosen for the person, and never moved: it is
   * known only once the JavaScript runs, and a list that reorders or grows then moves an answer out
   * from under a tap on its way (e2e/troubleshooter.spec.ts, "nothing moves").
   */
  suggested?: string;
  suggestedNote?: string;
}

export function AnswerList({ answers, from, suggested, suggestedNote }: AnswerListProps) {
  const links = useGuideLinks();
  useIdlePrefetch(answers.map((answer) => links.step(answer.href).to), answers.map((answer) => answer.part));
  return (
    <ul className="grid gap-3">
      {answers.map((answer) => {
        const isSuggested = answer.event === suggested;
        const link = links.step(answer.href);
        return (
          <li key={answer.event}>
            <GuideLink
              {...link}
              data-event={answer.event}
              onClick={from ? () => recordOutcome(from, answer.href) : undefined}
              className={
                "relative flex min-h-14 w-full flex-wrap items-center justify-between gap-3 rounded-2xl border-2 px-5 py-3 text-lg font-semibold transition-colors " +
                (isSuggested
                  ? "border-brand-strong bg-brand-strong text-white hover:bg-brand"
                  : "border-zinc-300 bg-white text-zinc-900 hover:border-brand-strong dark:border-zinc-600 dark:bg-zinc-800 dark:text-white")
              }
            >
              <span>{answer.label}</span>
              {isSuggested && suggestedNote ? (
                // On the border, over the gap between answers: it takes no room of its own.
                <span className="absolute -top-3 right-4 rounded-full border-2 border-brand-strong bg-white px-2 text-sm leading-5 font-semibold text-brand-strong">
                  {suggestedNote}
                </span>
              ) : null}
              <span aria-hidden="true">→</span>
            </GuideLink>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Prefetches the answers' steps (src/lib/step-data.ts) once the step is on screen and the page is
 * idle, so the fetches never compete with showing the step; again for each new set of answers.
 * Never in the prerendered page, where without JavaScript a tap loads a whole page anyway.
 */
function useIdlePrefetch(hrefs: string[], parts: Array<StepPart | undefined>) {
  const key = hrefs.join(" ");
  const partsKey = parts.join(" ");
  useEffect(
    () =>
      whenIdle(() => {
        key.split(" ").forEach(prefetchStep);
        for (const part of new Set(partsKey.split(" "))) prefetchParts((part || undefined) as StepPart | undefined);
      }, 1_000),
    [key, partsKey],
  );
}
