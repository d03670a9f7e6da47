// The /map page's diagram: the machine's states and transitions, in the content's words, laid out
// at build time with ELK (elkjs). Only plain numbers leave this file, so no layout code reaches the browser.
import ELK, { type ElkNode } from "elkjs/lib/elk.bundled.js";
import type { Language } from "./languages.ts";
import { wizardMachine } from "../wizard/machine.ts";
import { allSteps, hasTag, isEnding, stateIds } from "../wizard/steps.ts";
import { stepMeta } from "./library.server.ts";

export type NodeKind = "question" | "fix" | "explanation" | "ending";

export interface MapNode {
  id: string;
  title: string;
  /** The first URL the machine's walk reaches for this state: the step the node opens. */
  href: string;
  kind: NodeKind;
}

/** One answer of one step, in the content's words, and every state it can lead to. */
export interface MapAnswer {
  from: string;
  event: string;
  label: string;
  /** More than one where a guard decides (slow-down's "No": the reset only after the phone's fixes). */
  to: string[];
}

/** One arrow of the diagram: every answer that leads from one state to another. */
export interface MapEdge {
  from: string;
  to: string;
  labels: string[];
}

export interface GuideGraph {
  nodes: MapNode[];
  answers: MapAnswer[];
  edges: MapEdge[];
}

const kindOf = (id: string): NodeKind =>
  hasTag(id, "fix") ? "fix" : hasTag(id, "explanation") ? "explanation" : isEnding(id) ? "ending" : "question";

/**
 * Every state of the machine in its own order, and every transition that moves to another state.
 * Left out: transitions with no target or back to the same state, which are the links on a fix or
 * on the report that switch to the other phone's version of the same step.
 */
export function guideGraph(lang: Language = "en"): GuideGraph {
  const ids = stateIds();
  const hrefs = new Map<string, string>();
  for (const step of allSteps().values()) if (!hrefs.has(step.id)) hrefs.set(step.id, step.href);

  const nodes = ids.map((id) => ({ id, title: stepMeta(id, lang).title, href: hrefs.get(id)!, kind: kindOf(id) }));
  const answers: MapAnswer[] = [];
  for (const id of ids) {
    const labels = stepMeta(id, lang).answers ?? {};
    for (const [event, transitions] of wizardMachine.getStateNodeById(`wizard.${id}`).transitions) {
      const to = [...new Set(transitions.flatMap((t) => (t.target ?? []).map((target) => target.key)))].filter((target) => target !== id);
      if (to.length > 0) answers.push({ from: id, event, label: labels[event] ?? event, to });
    }
  }

  const edges = new Map<string, MapEdge>();
  for (const { from, label, to } of answers) {
    for (const target of to) {
      const edge = edges.get(`${from}→${target}`) ?? { from, to: target, labels: [] };
      if (!edge.labels.includes(label)) edge.labels.push(label);
      edges.set(`${from}→${target}`, edge);
    }
  }
  return { nodes, answers, edges: [...edges.values()] };
}

// Geometry, in CSS pixels: the diagram is shown at its natural size and scrolls sideways on a
// phone, so these are the sizes a reader sees. Character widths are generous averages for the
// system sans-serif (semibold titles are wider), so wrapped lines fit their box.
export const NODE_FONT = 14;
export const NODE_LINE = 18;
const NODE_CHAR = NODE_FONT * 0.58;
const NODE_WIDTH = 170;
const NODE_PAD = 10;
export const LABEL_FONT = 12;
export const LABEL_LINE = 15;
const LABEL_CHAR = LABEL_FONT * 0.56;
const LABEL_CHARS = 18;
const LABEL_PAD = 3;

/** Greedy word wrap: as many words on a line as fit in `max` characters; a longer word stands alone. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends MapNode, Box {
  lines: string[];
}

export interface PlacedEdge extends MapEdge {
  points: Array<{ x: number; y: number }>;
  label: Box & { lines: string[] };
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const round = (n: number) => Math.round(n * 10) / 10;

// ELK's layered algorithm, top to bottom, with right-angled edges routed around the boxes; its
// bundled build runs in Node without a worker.
const elk = new ELK();
const layoutOptions = {
  "elk.algorithm": "layered",
  "elk.direction": "DOWN",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
  // The machine's order breaks ties: the narrowest picture, with the start near the left edge, where a phone shows it first.
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.spacing.nodeNode": "24",
  "elk.spacing.edgeEdge": "10",
  "elk.spacing.edgeLabel": "2",
  "elk.layered.spacing.nodeNodeBetweenLayers": "28",
  "elk.layered.spacing.edgeNodeBetweenLayers": "12",
  "elk.padding": "[top=6,left=6,bottom=6,right=6]",
};

/** Top to bottom, each box (x, y its top-left corner) sized to its wrapped words. Same graph, same picture. */
export async function layoutGraph({ nodes, edges }: Pick<GuideGraph, "nodes" | "edges">): Promise<MapLayout> {
  const nodeLines = nodes.map((n) => wrap(n.title, Math.floor((NODE_WIDTH - 2 * NODE_PAD) / NODE_CHAR)));
  const edgeLines = edges.map((e) => wrap(e.labels.join(" · "), LABEL_CHARS));
  const widest = (lines: string[]) => Math.max(...lines.map((l) => l.length));

  const graph: ElkNode = {
    id: "map",
    layoutOptions,
    children: nodes.map((node, i) => ({
      id: node.id,
      width: Math.max(NODE_WIDTH, widest(nodeLines[i]!) * NODE_CHAR + 2 * NODE_PAD),
      height: nodeLines[i]!.length * NODE_LINE + 2 * NODE_PAD,
    })),
    edges: edges.map((edge, i) => ({
      id: String(i),
      sources: [edge.from],
      targets: [edge.to],
      labels: [{ text: edge.labels.join(" · "), width: widest(edgeLines[i]!) * LABEL_CHAR + 2 * LABEL_PAD, height: edgeLines[i]!.length * LABEL_LINE + 2 * LABEL_PAD }],
    })),
  };
  const laid = await elk.layout(graph);

  const placed = new Map(laid.children!.map((c) => [c.id, c]));
  const placedNodes = nodes.map((node, i) => {
    const { x, y, width, height } = placed.get(node.id)!;
    return { ...node, lines: nodeLines[i]!, x: round(x!), y: round(y!), width: round(width!), height: round(height!) };
  });
  const placedEdges = edges.map((edge, i) => {
    const { sections, labels } = laid.edges!.find((e) => e.id === String(i))!;
    // One section per edge: every edge here joins two plain nodes of one flat graph.
    const { startPoint, bendPoints = [], endPoint } = sections![0]!;
    const { x, y, width, height } = labels![0]!;
    return {
      ...edge,
      points: [startPoint, ...bendPoints, endPoint].map((p) => ({ x: round(p.x), y: round(p.y) })),
      label: { lines: edgeLines[i]!, x: round(x!), y: round(y!), width: round(width!), height: round(height!) },
    };
  });
  return { width: Math.ceil(laid.width!), height: Math.ceil(laid.height!), nodes: placedNodes, edges: placedEdges };
}
