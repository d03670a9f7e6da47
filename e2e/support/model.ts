import { getShortestPaths } from "xstate/graph";
import { wizardMachine } from "../../src/wizard/machine.ts";
import { answersOf, hrefFor, stateIds, stepId, type EventType, type WizardSnapshot } from "../../src/wizard/steps.ts";

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

/** Shortest paths to every page the machine can reach, keyed by URL. */
const shortest = new Map(
  getShortestPaths(wizardMachine, { serializeState: (snapshot) => hrefFor(snapshot) }).map((path) => [hrefFor(path.state), path]),
);

function walkTo(href: string): WalkStep[] {
  const path = shortest.get(href);
  if (!path) throw new Error(`the machine cannot reach ${href}`);
  return path.steps.slice(1).map((step, i) => ({ state: path.steps[i]!.state, event: step.event.type as EventType }));
}

/** Every link between pages, as the machine defines them. */
export const allEdges: Edge[] = [...shortest.values()].flatMap((path) =>
  answersOf(path.state).map((answer) => ({ from: hrefFor(path.state), event: answer.event, to: answer.href })),
);

/**
 * Walks that together visit every page and follow every link: the shortest walk to each page that
 * no longer walk passes through, then one walk for each link those did not take.
 */
export function coveringWalks(): Walk[] {
  const walks: Walk[] = [];
  const covered = new Set<string>();
  const take = (steps: WalkStep[], end: WizardSnapshot, name: string) => {
    walks.push({ name, steps, end });
    for (const s of steps) {
      const next = answersOf(s.state).find((a) => a.event === s.event)!;
      covered.add(edgeKey({ from: hrefFor(s.state), event: s.event, to: next.href }));
    }
  };
  const hrefs = [...shortest.keys()];
  const isPrefix = (href: string) =>
    [...shortest.values()].some((p) => p.steps.length > shortest.get(href)!.steps.length && p.steps.some((s) => hrefFor(s.state) === href));
  for (const href of hrefs.filter((h) => !isPrefix(h))) take(walkTo(href), shortest.get(href)!.state, `to ${href}`);
  for (const edge of allEdges) {
    if (covered.has(edgeKey(edge))) continue;
    const from = shortest.get(edge.from)!.state;
    take([...walkTo(edge.from), { state: from, event: edge.event }], shortest.get(edge.to)!.state, `${edge.from} → ${edge.event}`);
  }
  return walks;
}

/** Coverage in the machine's own terms (state nodes and transitions) and in pages and links. */
export function coverage(visitedPages: Set<string>, takenEdges: Set<string>) {
  const states = new Set([...visitedPages].map((href) => stepId(shortest.get(href)!.state)));
  const transitions = new Set(
    [...takenEdges].map((key) => {
      const [from, event] = key.split(/ --|--> /);
      return `${stepId(shortest.get(from!)!.state)}:${event}`;
    }),
  );
  const allTransitions = new Set(allEdges.map((e) => `${stepId(shortest.get(e.from)!.state)}:${e.event}`));
  return {
    states: [states.size, stateIds().length],
    transitions: [transitions.size, allTransitions.size],
    pages: [visitedPages.size, shortest.size],
    links: [takenEdges.size, allEdges.length],
  } as const;
}

export { edgeKey };
