import { initialTransition, transition, type SnapshotFrom } from "xstate";
import { getShortestPaths } from "xstate/graph";
import { wizardMachine, type WizardContext, type WizardEvent } from "./machine.ts";

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
  const { symptom, device, fixedBy } = snapshot.context;
  return "/" + [symptom, device, fixedBy, id].filter(Boolean).join("/");
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

export function isFinal(id: string): boolean {
  return wizardMachine.getStateNodeById(`wizard.${id}`).type === "final";
}

/** "Fix 3 of 6": the fix steps in the order the machine declares them. */
export function progressOf(id: string): { index: number; total: number } | undefined {
  const fixes = stateIds().filter((s) => hasTag(s, "fix"));
  const index = fixes.indexOf(id);
  return index < 0 ? undefined : { index: index + 1, total: fixes.length };
}

/** The fixes walked through and answered "No" before reaching this step. */
export function fixesTried(step: Step): string[] {
  return step.trail.filter((t) => t.event === "answer.no").map((t) => t.from);
}

/** Where the "Back" link goes: the same walk, one answer shorter. */
export function previousHref(step: Step): string | undefined {
  if (step.trail.length === 0) return undefined;
  return hrefFor(replay(step.trail).at(-2)!);
}
