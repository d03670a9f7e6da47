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
  /** The answer the browser suggests; shown first and marked, never chosen for the person. */
  suggested?: string;
  suggestedNote?: string;
}

export function AnswerList({ answers, from, suggested, suggestedNote }: AnswerListProps) {
  const ordered = suggested ? [...answers].sort((a, b) => Number(b.event === suggested) - Number(a.event === suggested)) : answers;
  const links = useGuideLinks();
  useIdlePrefetch(answers.map((answer) => links.step(answer.href).to), answers.map((answer) => answer.part));
  return (
    <ul className="grid gap-3">
      {ordered.map((answer) => {
        const isSuggested = answer.event === suggested;
        const link = links.step(answer.href);
        return (
          <li key={answer.event}>
            <GuideLink
              {...link}
              data-event={answer.event}
              onClick={from ? () => recordOutcome(from, answer.href) : undefined}
              className={
                "flex min-h-14 w-full flex-wrap items-center justify-between gap-3 rounded-2xl border-2 px-5 py-3 text-lg font-semibold transition-colors " +
                (isSuggested
                  ? "border-brand-strong bg-brand-strong text-white hover:bg-brand"
                  : "border-zinc-300 bg-white text-zinc-900 hover:border-brand-strong dark:border-zinc-600 dark:bg-zinc-800 dark:text-white")
              }
            >
              <span>{answer.label}</span>
              {isSuggested && suggestedNote ? (
                <span className="rounded-full bg-white px-2 py-0.5 text-sm font-semibold text-brand-strong">{suggestedNote}</span>
              ) : (
                <span aria-hidden="true">→</span>
              )}
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
