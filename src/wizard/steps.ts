import { initialTransition, transition, type SnapshotFrom } from "xstate";
import { getShortestPaths } from "xstate/graph";
import { wizardMachine, type Cost, type StepMeta, type WizardContext, type WizardEvent } from "./machine.ts";

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;
export type EventType = WizardEvent["type"];

/**
 * A step is one state of the machine, with the context that changes what it says.
 * Its URL is that context followed by the state id: /unliking/android/cache.
 */
export interface Step {
  id: string;
  href: string;
  context: WizardContext;
  /** The answers given to get here, in order: the route a person walked. */
  trail: Array<{ from: string; event: EventType }>;
}

export function stepId(snapshot: WizardSnapshot): string {
  return String(snapshot.value);
}

/** The one place that turns a machine state into a URL. */
export function hrefFor(snapshot: WizardSnapshot): string {
  const id = stepId(snapshot);
  if (id === "start") return "/";
  const { symptom, check, device, skipped, fixedBy } = snapshot.context;
  return "/" + [symptom, check, device, skipped, fixedBy, id].filter(Boolean).join("/");
}

/** Every URL the machine can reach, each with the shortest answers that reach it. */
function walkMachine(): Map<string, Step> {
  const steps = new Map<string, Step>();
  for (const path of getShortestPaths(wizardMachine)) {
    const href = hrefFor(path.state);
    const trail = path.steps.slice(1).map((s, i) => ({
      from: stepId(path.steps[i]!.state),
      event: s.event.type as EventType,
    }));
    steps.set(href, { id: stepId(path.state), href, context: path.state.context, trail });
  }
  return steps;
}

let cache: Map<string, Step> | undefined;
export function allSteps(): Map<string, Step> {
  cache ??= walkMachine();
  return cache;
}

export function normalisePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, "").replace(/\.data$/, "");
  return trimmed === "" ? "/" : trimmed;
}

export function findStep(pathname: string): Step | undefined {
  return allSteps().get(normalisePath(pathname));
}

/** The machine's states along a walk: where it starts, then one after each answer. */
export function replay(trail: Step["trail"]): WizardSnapshot[] {
  const [initial] = initialTransition(wizardMachine);
  const states = [initial];
  for (const { event } of trail) states.push(transition(wizardMachine, states.at(-1)!, { type: event })[0]);
  return states;
}

/** Replays a step's trail so the machine, not the URL parser, decides what state this is. */
export function snapshotOf(step: Step): WizardSnapshot {
  return replay(step.trail).at(-1)!;
}

export interface Answer {
  event: EventType;
  href: string;
}

/** The answers a step offers, each linked to where the machine's transition leads. */
export function answersOf(snapshot: WizardSnapshot): Answer[] {
  const answers: Answer[] = [];
  for (const node of snapshot._nodes) {
    for (const type of node.ownEvents as EventType[]) {
      const event = { type } as WizardEvent;
      if (!snapshot.can(event)) continue;
      const [next] = transition(wizardMachine, snapshot, event);
      answers.push({ event: type, href: hrefFor(next) });
    }
  }
  return answers;
}

/** Every event a state can ever take, whatever the context: what its content must label. */
export function eventsOfState(id: string): EventType[] {
  return wizardMachine.getStateNodeById(`wizard.${id}`).ownEvents as EventType[];
}

export function stateIds(): string[] {
  return Object.keys(wizardMachine.states);
}

export function hasTag(id: string, tag: string): boolean {
  return wizardMachine.getStateNodeById(`wizard.${id}`).tags.includes(tag);
}

/** What the machine says about a state beyond its transitions: what it costs, whether it fits for sure. */
export function metaOf(id: string): StepMeta {
  return (wizardMachine.getStateNodeById(`wizard.${id}`).meta ?? {}) as StepMeta;
}

/** What following this step can cost the reader; undefined on steps that ask nothing of them. */
export function costOf(id: string): Cost | undefined {
  return metaOf(id).cost;
}

/**
 * A "Show iPhone instead" link: the same step for the other phone, not an answer to the step's
 * question. Only the step that asks which phone takes a phone as its answer.
 */
export function isPhoneSwitch(id: string, event: string): boolean {
  return event.startsWith("device.") && !hasTag(id, "asks-device");
}

/** The walk is over here: fixed, an explanation, or support (which still lets the phone be switched). */
export function isEnding(id: string): boolean {
  return wizardMachine.getStateNodeById(`wizard.${id}`).type === "final" || hasTag(id, "ending");
}

/** Answers that move the walk on rather than end it or only switch the phone. */
function onwardAnswers(snapshot: WizardSnapshot): Answer[] {
  const id = stepId(snapshot);
  return answersOf(snapshot).filter((a) => a.event !== "answer.yes" && !isPhoneSwitch(id, a.event));
}

/** The most steps of the fix sequence still ahead of this state if nothing works. */
function stepsAhead(snapshot: WizardSnapshot): number {
  let most = 0;
  for (const answer of onwardAnswers(snapshot)) {
    const [next] = transition(wizardMachine, snapshot, { type: answer.event } as WizardEvent);
    most = Math.max(most, (hasTag(stepId(next), "sequence") ? 1 : 0) + stepsAhead(next));
  }
  return most;
}

/**
 * "Step 3 of 8" for this walk: the steps of the sequence already taken, and the most still ahead.
 * Worked out per URL, since a quick check can shorten the walk.
 */
export function progressOf(step: Step): { index: number; total: number } | undefined {
  if (!hasTag(step.id, "sequence")) return undefined;
  const index = step.trail.filter((t) => hasTag(t.from, "sequence")).length + 1;
  return { index, total: index + stepsAhead(snapshotOf(step)) };
}

/** What the person answered on the way here, other than the answers that moved them on to a fix. */
export interface TrailAnswer {
  from: string;
  event: EventType;
}

/** The fixes (and checks) walked through without success before reaching this step: "No" or "skip". */
export function fixesTried(step: Step): TrailAnswer[] {
  return step.trail.filter((t) => t.event === "answer.no" || t.event === "answer.skip");
}

/** The quick-check answer on the way here, if the walk went through the quick checks. */
export function quickCheck(step: Step): TrailAnswer | undefined {
  return step.trail.find((t) => t.event.startsWith("check."));
}

/** Where the "Back" link goes: the same walk, one answer shorter. */
export function previousHref(step: Step): string | undefined {
  if (step.trail.length === 0) return undefined;
  return hrefFor(replay(step.trail).at(-2)!);
}
