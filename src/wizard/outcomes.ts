import { allSteps, type Step, stateIds } from "./steps.ts";

/**
 * What the server needs to count an answer (server/outcomes/): for every step URL, the step id, the
 * context it was reached in, and each answer it offers by the URL it leads to. Worked out by the
 * same walk that builds the URLs, and written into the build as /_outcomes.json, so the server
 * accepts exactly the pairs a reader can produce by tapping an answer.
 */
export interface OutcomeStep {
  step: string;
  symptom: string | null;
  device: string | null;
  /** By the URL the answer leads to: its event name, and whether it ends in "fixed". */
  answers: Record<string, { event: string; worked: boolean }>;
}

export interface OutcomeMap {
  version: 1;
  /** Every step id, in the machine's order: the order summaries list steps in. */
  order: string[];
  /** The steps where an answer can end the walk as fixed, in the machine's order (the walk's). */
  fixes: string[];
  steps: Record<string, OutcomeStep>;
}

/**
 * @param answersOf the answers a step's page lists (src/content/page.server.ts): the ones a tap
 * counts. A phone switch ("Show iPhone instead") is a transition of the machine but not an answer.
 */
export function outcomeMap(answersOf: (step: Step) => Array<{ event: string; href: string }>): OutcomeMap {
  const steps: Record<string, OutcomeStep> = {};
  const fixes = new Set<string>();
  for (const step of allSteps().values()) {
    const answers: OutcomeStep["answers"] = {};
    for (const answer of answersOf(step)) {
      const worked = allSteps().get(answer.href)?.id === "fixed";
      if (worked) fixes.add(step.id);
      answers[answer.href] = { event: answer.event, worked };
    }
    if (Object.keys(answers).length === 0) continue;
    steps[step.href] = { step: step.id, symptom: step.context.symptom ?? null, device: step.context.device ?? null, answers };
  }
  return { version: 1, order: stateIds(), fixes: stateIds().filter((id) => fixes.has(id)), steps };
}
