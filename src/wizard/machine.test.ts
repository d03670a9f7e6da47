import { describe, expect, it } from "vitest";
import { transition } from "xstate";
import { getSimplePaths } from "xstate/graph";
import { costs, wizardMachine, type WizardContext, type WizardEvent } from "./machine";
import { allSteps, answersOf, costOf, eventsOfState, findStep, hasTag, isEnding, metaOf, progressOf, snapshotOf, stateIds } from "./steps";

const unliking = { symptom: "unliking" } as const;
const android = { symptom: "unliking", device: "android" } as const;
const iphone = { symptom: "unliking", device: "iphone" } as const;

const costRank = (id: string) => costs.indexOf(costOf(id)!);
const answersOfState = (id: string) => eventsOfState(id).filter((e) => !e.startsWith("device.") || id === "device");

let paths: string[][] | undefined;
/** Every distinct path through the machine (no state twice), as the fix steps it visits in order. */
function fixPaths(): string[][] {
  if (!paths) {
    const seen = new Set<string>();
    for (const path of getSimplePaths(wizardMachine)) {
      const ids = [...path.steps.map((s) => String(s.state.value))].filter((id) => hasTag(id, "fix"));
      seen.add(JSON.stringify(ids));
    }
    paths = [...seen].map((p) => JSON.parse(p) as string[]);
  }
  return paths;
}

/** Where a step leads on an answer: the state and the context the next step will show. */
function answer(state: string, context: WizardContext, event: WizardEvent["type"]) {
  const [next] = transition(wizardMachine, wizardMachine.resolveState({ value: state, context }), { type: event });
  return { step: String(next.value), ...next.context };
}

describe("the way in", () => {
  it("start leads to the symptom question", () => {
    expect(answer("start", {}, "start").step).toBe("symptom");
  });
  it("likes flipping back goes straight to the first fix, the connection", () => {
    expect(answer("symptom", {}, "symptom.unliking")).toEqual({ step: "connection", symptom: "unliking" });
  });
  it("missing liked videos goes to the privacy setting first", () => {
    expect(answer("symptom", {}, "symptom.missing")).toEqual({ step: "privacy", symptom: "missing" });
  });
  it("a dropping like count goes to the creator question", () => {
    expect(answer("symptom", {}, "symptom.dropping")).toEqual({ step: "creator", symptom: "dropping" });
  });
});

describe("privacy", () => {
  const missing = { symptom: "missing" } as const;
  it("Yes means the privacy setting fixed it", () => {
    expect(answer("privacy", missing, "answer.yes")).toEqual({ step: "fixed", symptom: "missing", fixedBy: "privacy" });
  });
  it("only a few gone is explained by creators removing their videos", () => {
    expect(answer("privacy", missing, "answer.some").step).toBe("creator-removed");
  });
  it("No carries on with the fix sequence at the connection", () => {
    expect(answer("privacy", missing, "answer.no").step).toBe("connection");
  });
});

describe("the creator branch", () => {
  const dropping = { symptom: "dropping" } as const;
  it.each([
    ["drop.sudden", "sudden-drop"],
    ["drop.few", "taken-back"],
    ["drop.warning", "guidelines"],
    ["drop.reach", "reach"],
  ] as const)("%s is explained by %s", (event, step) => {
    expect(answer("creator", dropping, event).step).toBe(step);
  });
  it("a number that jumps around is treated as a glitch: into the fixes", () => {
    expect(answer("creator", dropping, "drop.jumpy")).toEqual({ step: "connection", symptom: "dropping" });
  });
  it.each(["taken-back", "guidelines", "reach"])("%s is an explanation that ends the walk", (id) => {
    expect(isEnding(id) && hasTag(id, "explanation")).toBe(true);
  });
  it("a big drop that shows on every video, even at zero, goes on to the outage advice", () => {
    expect(answer("sudden-drop", dropping, "answer.no")).toEqual({ step: "outage", ...dropping });
  });
});

describe("explanations that may not fit offer the way on", () => {
  it("videos missing that can still be watched go on to the fixes", () => {
    expect(answer("creator-removed", { symptom: "missing" }, "answer.no")).toEqual({ step: "connection", symptom: "missing" });
  });
  it("a notice on the account about something other than likes goes on to the pause", () => {
    const all = { ...unliking, check: "all-devices" } as const;
    expect(answer("restricted", all, "answer.no")).toEqual({ step: "slow-down", ...all });
  });
});

describe("the quick checks come before anything that changes the phone", () => {
  it("from connection, No leads to the quick checks, not to a fix", () => {
    expect(answer("connection", unliking, "answer.no")).toEqual({ step: "quick-checks", ...unliking });
  });
  it("a 'tapping too fast' message leads straight to slowing down", () => {
    expect(answer("quick-checks", unliking, "check.too-fast")).toEqual({ step: "slow-down", ...unliking, check: "too-fast" });
  });
  it("after a 'too fast' message, slowing down that fails goes to support, not to a reset", () => {
    expect(answer("slow-down", { ...unliking, check: "too-fast" }, "answer.no").step).toBe("support");
  });
  it("lots of people at once leads to the outage advice; waiting that fails goes to support", () => {
    expect(answer("quick-checks", unliking, "check.many-people").step).toBe("outage");
    expect(answer("outage", { ...unliking, check: "many-people" }, "answer.no").step).toBe("support");
    expect(answer("outage", { ...unliking, check: "many-people" }, "answer.yes")).toMatchObject({ step: "fixed", fixedBy: "outage" });
  });
  it("every device points at the account: account status, the pause, who else is signed in, then support", () => {
    const all = { ...unliking, check: "all-devices" } as const;
    expect(answer("quick-checks", unliking, "check.all-devices")).toEqual({ step: "account", ...all });
    expect(answer("account", all, "answer.yes").step).toBe("restricted");
    expect(answer("account", all, "answer.no").step).toBe("slow-down");
    expect(answer("slow-down", all, "answer.no").step).toBe("signed-in");
    expect(answer("signed-in", all, "answer.no").step).toBe("support");
    expect(answer("signed-in", all, "answer.yes")).toMatchObject({ step: "fixed", fixedBy: "signed-in" });
  });
  it("one device goes on to the phone's own fixes, asking which phone first", () => {
    expect(answer("quick-checks", unliking, "check.one-device")).toEqual({ step: "device", ...unliking });
  });
});

describe("the phone's fixes, harmless first", () => {
  it("choosing Android on the device question leads to updating the app, for Android", () => {
    expect(answer("device", unliking, "device.android")).toEqual({ step: "update", ...android });
  });
  it("choosing iPhone leads to updating the app, for iPhone", () => {
    expect(answer("device", unliking, "device.iphone")).toEqual({ step: "update", ...iphone });
  });
  it.each([
    ["update", "cache"],
    ["cache", "slow-down"],
    ["slow-down", "log-out"],
    ["log-out", "reset"],
    ["reset", "support"],
  ])("from %s on Android, No leads to %s", (from, to) => {
    expect(answer(from, android, "answer.no")).toEqual({ step: to, ...android });
  });
  it("the reset that can cost drafts is the last fix before support", () => {
    const order = ["update", "cache", "slow-down", "log-out", "reset"].map((id) => answer(id, android, "answer.no").step);
    expect(order.indexOf("reset")).toBe(order.length - 2);
  });
  it("the reset can be skipped, and support then knows it was skipped", () => {
    expect(answer("reset", iphone, "answer.skip")).toEqual({ step: "support", ...iphone, skipped: "no-reset" });
  });
  it.each(["connection", "update", "cache", "log-out", "slow-down", "reset"])("from %s, Yes ends at fixed and remembers what worked", (from) => {
    expect(answer(from, iphone, "answer.yes")).toEqual({ step: "fixed", ...iphone, fixedBy: from });
  });
  it("on cache for Android, the iPhone version is one answer away and stays on cache", () => {
    expect(answer("cache", android, "device.iphone")).toEqual({ step: "cache", ...iphone });
  });
  it("support offers the other phone too, so the report names the right one", () => {
    expect(answer("support", android, "device.iphone")).toEqual({ step: "support", ...iphone });
  });
  it("a step does not offer to switch to the phone already chosen, nor before one is chosen", () => {
    const events = (value: string, context: WizardContext) => answersOf(wizardMachine.resolveState({ value, context })).map((a) => a.event);
    expect(events("cache", android)).toContain("device.iphone");
    expect(events("cache", android)).not.toContain("device.android");
    expect(events("support", { ...unliking, check: "all-devices" })).toEqual([]);
  });
});

describe("progress", () => {
  const progress = (href: string) => progressOf(findStep(href)!);
  it("counts the steps of this walk: the phone's fixes are steps 3 to 8 of 8", () => {
    expect(["/unliking/connection", "/unliking/quick-checks", "/unliking/android/update", "/unliking/android/support"].map(progress)).toEqual([
      { index: 1, total: 8 },
      { index: 2, total: 8 },
      { index: 3, total: 8 },
      { index: 8, total: 8 },
    ]);
  });
  it("a quick check that points away from the phone shortens the walk", () => {
    expect(progress("/unliking/too-fast/slow-down")).toEqual({ index: 3, total: 4 });
    expect(progress("/unliking/all-devices/account")).toEqual({ index: 3, total: 6 });
    expect(progress("/unliking/all-devices/support")).toEqual({ index: 6, total: 6 });
  });
  it("questions and explanations have no step number", () => {
    expect(progress("/missing/privacy")).toBeUndefined();
    expect(progress("/unliking/device")).toBeUndefined();
  });
});

describe("the whole tree", () => {
  const steps = [...allSteps().values()];

  it("reaches every state of the machine", () => {
    expect(new Set(steps.map((s) => s.id))).toEqual(new Set(stateIds()));
  });

  it("has no dead end: every step that is not an ending offers an answer", () => {
    const deadEnds = steps.filter((s) => !isEnding(s.id) && answersOf(snapshotOf(s)).length === 0).map((s) => s.href);
    expect(deadEnds).toEqual([]);
  });

  it("ends only in fixed, an explanation or support", () => {
    const endings = new Set(steps.filter((s) => isEnding(s.id)).map((s) => s.id));
    expect([...endings].filter((id) => !hasTag(id, "explanation")).sort()).toEqual(["fixed", "support"]);
  });

  it("never asks for a costlier step before a cheaper one on the same path", () => {
    for (const path of fixPaths()) {
      const ranks = path.map(costRank);
      const backwards = ranks.findIndex((rank, i) => i > 0 && rank < ranks[i - 1]!);
      expect(backwards, `${path.join(" → ")}: ${path[backwards - 1]} costs more than ${path[backwards]}`).toBe(-1);
    }
    // The walk this guards: on the one-phone path, the pause comes before logging out.
    expect(fixPaths()).toContainEqual(["connection", "outage"]);
    expect(fixPaths()).toContainEqual(["connection", "update", "cache", "slow-down", "log-out", "reset"]);
  });

  it("tags every step that asks the reader to do something with what it can cost", () => {
    expect(stateIds().filter((id) => hasTag(id, "fix") && costOf(id) === undefined)).toEqual([]);
    expect(["connection", "update", "cache", "slow-down", "outage"].map(costOf)).toEqual(Array(5).fill("nothing"));
    expect(costOf("log-out")).toBe("signs-out");
    expect(costOf("reset")).toBe("loses-drafts");
  });

  it("leaves no explanation without a way on unless the answers before it make it fit for sure", () => {
    const stranded = stateIds().filter((id) => hasTag(id, "explanation") && answersOfState(id).length === 0 && !metaOf(id).fitsForSure);
    expect(stranded).toEqual([]);
    expect(answersOfState("restricted")).toEqual(["answer.no"]);
  });

  it("never reaches the reset, or log-out, before the harmless quick checks", () => {
    for (const step of steps.filter((s) => s.id === "reset" || s.id === "log-out")) {
      expect(step.trail.map((t) => t.from)).toContain("quick-checks");
    }
  });

  it("gives every reachable step its own URL, with the device in it once it is known", () => {
    expect(allSteps().get("/unliking/android/cache")?.context).toEqual(android);
    expect(allSteps().get("/missing/privacy")?.context).toEqual({ symptom: "missing" });
    expect(allSteps().get("/unliking/iphone/log-out/fixed")?.context).toEqual({ ...iphone, fixedBy: "log-out" });
    expect(allSteps().get("/unliking/android/no-reset/support")?.context).toEqual({ ...android, skipped: "no-reset" });
    expect(allSteps().get("/missing/android/connection")).toBeUndefined();
    for (const step of steps) {
      if (["update", "cache", "log-out", "reset"].includes(step.id)) expect(step.context.device).toBeDefined();
    }
  });

  it("replaying a step's answers lands on that same step", () => {
    for (const step of steps) {
      const snapshot = snapshotOf(step);
      expect({ step: String(snapshot.value), ...snapshot.context }).toEqual({ step: step.id, ...step.context });
    }
  });
});
