import { allSteps, answersOf, isPhoneSwitch, snapshotOf, stateIds, type EventType } from "../../src/wizard/steps.ts";

export interface Edge {
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

/** Every link between pages, as the machine defines them. */
export const allEdges: Edge[] = [...steps.values()].flatMap((step) =>
  answersOf(snapshotOf(step)).map((answer) => ({ from: step.href, event: answer.event, to: answer.href })),
);

/** How many tests each mode's tour is cut into (pages.spec.ts); the coverage report expects them all. */
export const RUNS_PER_MODE = 10;

/** A link that switches phone rather than answering; the app replaces the page in the history. */
export const isSwitch = (edge: Edge) => isPhoneSwitch(stepAt(edge.from).id, edge.event);

/**
 * What a test does, one thing at a time: open a URL, tap a link, or go Back some pages. `check`
 * says how much to check on arrival: everything the first time a page is reached, else that it
 * is the right page.
 */
export type Action =
  | { kind: "open"; href: string; check: "full" | "arrival" }
  | { kind: "tap"; edge: Edge; check: "full" | "arrival" }
  | { kind: "back"; pages: number; href: string };

/**
 * A depth-first tour of the machine that taps every link once and reaches every page, cut into
 * `tests` runs of about the same length. Each run starts by opening the page the last one ended on.
 * Going up the tree uses Back (cheap once the app runs) when the browser's history, simulated
 * here, holds the page a few steps back, else opens it.
 */
export function plan(tests: number) {
  const untaken = new Set(allEdges);
  const seen = new Set<string>();
  const linksFrom = (href: string) => [...untaken].filter((e) => e.from === href);
  /** A new page first, a phone switch last (so its own switch back can restore the history). */
  const pick = (href: string) => {
    const links = linksFrom(href);
    return links.find((e) => !isSwitch(e) && !seen.has(e.to)) ?? links.find((e) => !isSwitch(e)) ?? links[0];
  };

  const moves: { to: string; tap?: Edge; full: boolean }[] = [];
  const pending = ["/"];
  seen.add("/");
  moves.push({ to: "/", full: true });
  for (;;) {
    while (pending.length > 0 && linksFrom(pending.at(-1)!).length === 0) pending.pop();
    if (pending.length === 0) {
      const rest = [...untaken][0];
      if (!rest) break;
      pending.push(rest.from);
    }
    const at = pending.at(-1)!;
    if (moves.at(-1)!.to !== at) moves.push({ to: at, full: false });
    const edge = pick(at)!;
    untaken.delete(edge);
    const full = !seen.has(edge.to);
    seen.add(edge.to);
    moves.push({ to: edge.to, tap: edge, full });
    if (full) pending.push(edge.to);
  }

  // Cut into runs, then turn each move into an action against that run's own (simulated) history.
  const size = Math.ceil(moves.length / tests);
  const runs: Action[][] = [];
  for (let i = 0; i < moves.length; i += size) {
    const run: Action[] = [];
    const history: string[] = [];
    let index = -1;
    for (const [j, step] of moves.slice(i, i + size).entries()) {
      const check = step.full ? "full" : "arrival";
      if (step.tap) {
        if (j === 0) {
          run.push({ kind: "open", href: step.tap.from, check: "arrival" });
          history.push(step.tap.from);
          index = 0;
        }
        run.push({ kind: "tap", edge: step.tap, check });
        // The app replaces the page in the history on a phone switch.
        if (isSwitch(step.tap)) history[index] = step.to;
        else history.splice(++index, Infinity, step.to);
        continue;
      }
      const back = history.slice(Math.max(0, index - 3), index).lastIndexOf(step.to);
      if (back >= 0 && !step.full) {
        const pages = Math.min(3, index) - back;
        run.push({ kind: "back", pages, href: step.to });
        index -= pages;
      } else {
        run.push({ kind: "open", href: step.to, check });
        history.splice(++index, Infinity, step.to);
      }
    }
    runs.push(run);
  }
  return runs;
}

/**
 * Every page once, cut into `tests` groups: the tour without JavaScript, where a link does nothing
 * but load its address. Each page's links are checked there against the machine (text and
 * address), and each address is itself one of the pages, so every link is followed in effect.
 */
export function everyPage(tests: number): { href: string; links: Edge[] }[][] {
  const pages = [...steps.keys()].map((href) => ({ href, links: allEdges.filter((e) => e.from === href) }));
  const size = Math.ceil(pages.length / tests);
  return Array.from({ length: tests }, (_, i) => pages.slice(i * size, (i + 1) * size));
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
