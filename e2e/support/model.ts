import {
  allSteps,
  answersOf,
  hrefFor,
  replay,
  snapshotOf,
  stateIds,
  type EventType,
  type WizardSnapshot,
} from "../../src/wizard/steps.ts";

/** One step of a walk: on the page for `state`, the person answers `event`. */
export interface WalkStep {
  state: WizardSnapshot;
  event: EventType;
}

export interface Walk {
  name: string;
  steps: WalkStep[];
  end: WizardSnapshot;
}

interface Edge {
  from: string;
  event: EventType;
  to: string;
}

const edgeKey = (e: Edge) => `${e.from} --${e.event}--> ${e.to}`;

/** Every page the machine can reach, with its shortest walk (from xstate/graph), keyed by URL. */
const steps = allSteps();
const stepAt = (href: string) => {
  const step = steps.get(href);
  if (!step) throw new Error(`the machine cannot reach ${href}`);
  return step;
};

function walkTo(href: string): WalkStep[] {
  const { trail } = stepAt(href);
  const states = replay(trail);
  return trail.map((t, i) => ({ state: states[i]!, event: t.event }));
}

/** Every link between pages, as the machine defines them. */
export const allEdges: Edge[] = [...steps.values()].flatMap((step) =>
  answersOf(snapshotOf(step)).map((answer) => ({ from: step.href, event: answer.event, to: answer.href })),
);

/**
 * Walks that together visit every page and follow every link: the shortest walk to each page that
 * no longer walk passes through, then one walk for each link those did not take.
 */
export function coveringWalks(): Walk[] {
  const walks: Walk[] = [];
  const covered = new Set<string>();
  const take = (walk: WalkStep[], end: WizardSnapshot, name: string) => {
    walks.push({ name, steps: walk, end });
    for (const s of walk) {
      const next = answersOf(s.state).find((a) => a.event === s.event)!;
      covered.add(edgeKey({ from: hrefFor(s.state), event: s.event, to: next.href }));
    }
  };
  const passedThrough = new Set([...steps.values()].flatMap((step) => replay(step.trail).slice(0, -1).map(hrefFor)));
  for (const step of steps.values()) {
    if (!passedThrough.has(step.href)) take(walkTo(step.href), snapshotOf(step), `to ${step.href}`);
  }
  for (const edge of allEdges) {
    if (covered.has(edgeKey(edge))) continue;
    const from = snapshotOf(stepAt(edge.from));
    take([...walkTo(edge.from), { state: from, event: edge.event }], snapshotOf(stepAt(edge.to)), `${edge.from} → ${edge.event}`);
  }
  return walks;
}

/** Coverage in the machine's own terms (state nodes and transitions) and in pages and links. */
export function coverage(visitedPages: Set<string>, takenEdges: Set<string>) {
  const states = new Set([...visitedPages].map((href) => stepAt(href).id));
  const transitionOf = (from: string, event: string) => `${stepAt(from).id}:${event}`;
  const transitions = new Set(
    [...takenEdges].map((key) => {
      const [from, event] = key.split(/ --|--> /);
      return transitionOf(from!, event!);
    }),
  );
  const allTransitions = new Set(allEdges.map((e) => transitionOf(e.from, e.event)));
  return {
    states: [states.size, stateIds().length],
    transitions: [transitions.size, allTransitions.size],
    pages: [visitedPages.size, steps.size],
    links: [takenEdges.size, allEdges.length],
  } as const;
}

export { edgeKey };
