import { describe, expect, it } from "vitest";
import { allSteps, answersOf, eventsOfState, snapshotOf, stateIds } from "@/wizard/steps";
import { guideGraph, layoutGraph, wrap, type Box } from "./map.server";

const graph = guideGraph();
const layout = await layoutGraph(graph);

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** On the box's outline, give or take rounding. */
const onOutline = ({ x, y }: { x: number; y: number }, box: Box) => {
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.5;
  const inX = x >= box.x - 0.5 && x <= box.x + box.width + 0.5;
  const inY = y >= box.y - 0.5 && y <= box.y + box.height + 0.5;
  return (inX && (near(y, box.y) || near(y, box.y + box.height))) || (inY && (near(x, box.x) || near(x, box.x + box.width)));
};

describe("the map's graph", () => {
  it("has every state of the machine as a node, in the machine's order, each opening a URL of that step", () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(stateIds());
    for (const node of graph.nodes) {
      expect(allSteps().get(node.href)?.id, node.id).toBe(node.id);
      expect(node.title, node.id).not.toBe("");
    }
  });

  it("has an edge for every answer that moves to another step, and none for switching phone", () => {
    const edges = new Set(graph.edges.map((e) => `${e.from}→${e.to}`));
    const expected = new Set<string>();
    // Every answer any URL offers, where it moves to another step: what the walk can actually do.
    for (const step of allSteps().values()) {
      for (const answer of answersOf(snapshotOf(step))) {
        const to = allSteps().get(answer.href)!.id;
        if (to !== step.id) expected.add(`${step.id}→${to}`);
      }
    }
    expect([...edges].sort()).toEqual([...expected].sort());
    // "From cache, No leads to slowing down"; from the device question, both phones lead to the update.
    expect(graph.answers).toContainEqual({ from: "cache", event: "answer.no", label: expect.any(String), to: ["slow-down"] });
    // Slowing down leads on three ways, by where the walk came from: log out, who else is signed in, support.
    expect(graph.answers.find((a) => a.from === "slow-down" && a.event === "answer.no")?.to.sort()).toEqual(["log-out", "signed-in", "support"]);
    expect(graph.edges.find((e) => e.from === "device" && e.to === "update")?.labels).toHaveLength(2);
    expect(graph.answers.some((a) => a.from !== "device" && a.event.startsWith("device."))).toBe(false);
  });

  it("labels every answer that leads on with the content's words", () => {
    for (const answer of graph.answers) {
      expect(eventsOfState(answer.from)).toContain(answer.event);
      expect(answer.label, `${answer.from} ${answer.event}`).not.toBe(answer.event);
    }
  });
});

describe("the map's layout", () => {
  it("places every node and every edge", () => {
    expect(layout.nodes.map((n) => n.id)).toEqual(stateIds());
    expect(layout.edges).toHaveLength(graph.edges.length);
  });

  it("has no two node boxes overlapping, no answer on a box, and all of them inside the picture", () => {
    for (const [i, a] of layout.nodes.entries()) {
      expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= layout.width && a.y + a.height <= layout.height, a.id).toBe(true);
      for (const b of layout.nodes.slice(i + 1)) expect(overlaps(a, b), `${a.id} and ${b.id}`).toBe(false);
      // An answer's words sit beside its arrow, never on a box.
      for (const edge of layout.edges) expect(overlaps(a, edge.label), `${a.id} and "${edge.labels[0]}"`).toBe(false);
    }
  });

  it("places every answer's words inside the picture, apart from one another", () => {
    for (const [i, { label, labels }] of layout.edges.entries()) {
      expect(label.x > 0 && label.y > 0 && label.x + label.width <= layout.width && label.y + label.height <= layout.height, labels[0]).toBe(true);
      for (const other of layout.edges.slice(i + 1)) expect(overlaps(label, other.label), `"${labels[0]}" and "${other.labels[0]}"`).toBe(false);
    }
  });

  it("starts each edge on its step's box and ends it on the next step's, top to bottom", () => {
    const box = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const edge of layout.edges) {
      const from = box.get(edge.from)!;
      const to = box.get(edge.to)!;
      expect(onOutline(edge.points[0]!, from), `${edge.from}→${edge.to} starts`).toBe(true);
      expect(onOutline(edge.points.at(-1)!, to), `${edge.from}→${edge.to} ends`).toBe(true);
      expect(to.y, `${edge.from}→${edge.to}`).toBeGreaterThan(from.y);
    }
  });

  it("wraps words so no line is longer than it may be, unless a single word is", () => {
    expect(wrap("Three quick checks before changing anything", 20)).toEqual(["Three quick checks", "before changing", "anything"]);
    expect(wrap("Supercalifragilistic word", 10)).toEqual(["Supercalifragilistic", "word"]);
  });
});
