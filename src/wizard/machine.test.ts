import { describe, expect, it } from "vitest";
import { transition } from "xstate";
import { wizardMachine, type WizardContext, type WizardEvent } from "./machine";
import { allSteps, answersOf, hasTag, isFinal, progressOf, snapshotOf, stateIds } from "./steps";

const unliking = { symptom: "unliking" } as const;
const android = { symptom: "unliking", device: "android" } as const;
const iphone = { symptom: "unliking", device: "iphone" } as const;

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
  it("Yes means the privacy setting fixed it", () => {
    expect(answer("privacy", { symptom: "missing" }, "answer.yes")).toEqual({ step: "fixed", symptom: "missing", fixedBy: "privacy" });
  });
  it("No carries on with the fix sequence at the connection", () => {
    expect(answer("privacy", { symptom: "missing" }, "answer.no").step).toBe("connection");
  });
});

describe("the creator branch", () => {
  const dropping = { symptom: "dropping" } as const;
  it("a large drop at once is explained by fake accounts being removed", () => {
    expect(answer("creator", dropping, "drop.sudden").step).toBe("fake-likes");
  });
  it("a warning or removed video is explained by the Community Guidelines", () => {
    expect(answer("creator", dropping, "drop.warning").step).toBe("guidelines");
  });
  it("views falling too is explained by For You eligibility", () => {
    expect(answer("creator", dropping, "drop.reach").step).toBe("reach");
  });
  it("a number that jumps around is treated as a glitch: into the fixes", () => {
    expect(answer("creator", dropping, "drop.jumpy")).toEqual({ step: "connection", symptom: "dropping" });
  });
  it.each(["fake-likes", "guidelines", "reach"])("%s is an explanation that ends the walk", (id) => {
    expect(isFinal(id) && hasTag(id, "explanation")).toBe(true);
  });
});

describe("the fix sequence", () => {
  it("from connection, No asks which phone before any phone-specific step", () => {
    expect(answer("connection", unliking, "answer.no").step).toBe("device");
  });
  it("choosing Android on the device question leads to updating the app, for Android", () => {
    expect(answer("device", unliking, "device.android")).toEqual({ step: "update", ...android });
  });
  it("choosing iPhone leads to updating the app, for iPhone", () => {
    expect(answer("device", unliking, "device.iphone")).toEqual({ step: "update", ...iphone });
  });
  it.each([
    ["update", "cache"],
    ["cache", "log-out"],
    ["log-out", "slow-down"],
    ["slow-down", "support"],
  ])("from %s on Android, No leads to %s", (from, to) => {
    expect(answer(from, android, "answer.no")).toEqual({ step: to, ...android });
  });
  it.each(["connection", "update", "cache", "log-out", "slow-down"])("from %s, Yes ends at fixed and remembers what worked", (from) => {
    expect(answer(from, iphone, "answer.yes")).toEqual({ step: "fixed", ...iphone, fixedBy: from });
  });
  it("on cache for Android, the iPhone version is one answer away and stays on cache", () => {
    expect(answer("cache", android, "device.iphone")).toEqual({ step: "cache", ...iphone });
  });
  it("a step does not offer to switch to the phone already chosen", () => {
    const events = answersOf(wizardMachine.resolveState({ value: "cache", context: android })).map((a) => a.event);
    expect(events).toContain("device.iphone");
    expect(events).not.toContain("device.android");
  });
  it("numbers the fixes in order, with support as the last", () => {
    expect(["connection", "update", "cache", "log-out", "slow-down", "support"].map((id) => progressOf(id)?.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(progressOf("support")?.total).toBe(6);
    expect(progressOf("privacy")).toBeUndefined();
  });
});

describe("the whole tree", () => {
  const steps = [...allSteps().values()];

  it("reaches every state of the machine", () => {
    expect(new Set(steps.map((s) => s.id))).toEqual(new Set(stateIds()));
  });

  it("has no dead end: every step that is not an ending offers an answer", () => {
    const deadEnds = steps.filter((s) => !isFinal(s.id) && answersOf(snapshotOf(s)).length === 0).map((s) => s.href);
    expect(deadEnds).toEqual([]);
  });

  it("ends only in fixed, an explanation or support", () => {
    const endings = new Set(steps.filter((s) => isFinal(s.id)).map((s) => s.id));
    expect([...endings].sort()).toEqual(["fake-likes", "fixed", "guidelines", "reach", "support"]);
  });

  it("gives every reachable step its own URL, with the device in it once it is known", () => {
    expect(allSteps().get("/unliking/android/cache")?.context).toEqual(android);
    expect(allSteps().get("/missing/privacy")?.context).toEqual({ symptom: "missing" });
    expect(allSteps().get("/unliking/iphone/log-out/fixed")?.context).toEqual({ ...iphone, fixedBy: "log-out" });
    expect(allSteps().get("/missing/android/connection")).toBeUndefined();
    for (const step of steps) {
      if (["update", "cache", "log-out", "slow-down", "support"].includes(step.id)) expect(step.context.device).toBeDefined();
    }
  });

  it("replaying a step's answers lands on that same step", () => {
    for (const step of steps) {
      const snapshot = snapshotOf(step);
      expect({ step: String(snapshot.value), ...snapshot.context }).toEqual({ step: step.id, ...step.context });
    }
  });
});
