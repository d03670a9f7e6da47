import { assign, setup } from "xstate";

export const symptoms = ["unliking", "missing", "dropping"] as const;
export const devices = ["iphone", "android"] as const;
/** Quick-check answers that send the walk somewhere other than the phone's own fixes. */
export const checks = ["too-fast", "many-people", "all-devices"] as const;

/**
 * What following a step can cost the reader, cheapest first. A path never asks for a costlier step
 * before a cheaper one it also visits, and a step that costs something warns before its first
 * instruction (both checked: machine.test.ts, src/content/library.server.ts).
 */
export const costs = ["nothing", "signs-out", "loses-drafts"] as const;
export type Cost = (typeof costs)[number];

/** What a state's `meta` may say. */
export interface StepMeta {
  /** On steps that ask the reader to do something. */
  cost?: Cost;
  /** On explanations with no way on: the answers that led here make it fit for sure. */
  fitsForSure?: true;
  /** A part of the page with code of its own (src/components/step-parts.tsx). */
  part?: StepPart;
  /** Shows how many readers reported the same problem in the last hour, against the usual (src/components/live-counts.tsx). */
  live?: true;
}

/** The parts a step can carry: the live connection check, the support report. */
export type StepPart = "connection-check" | "support-report";

export type Symptom = (typeof symptoms)[number];
export type Device = (typeof devices)[number];
export type Check = (typeof checks)[number];

export interface WizardContext {
  symptom?: Symptom;
  /** The quick check that pointed away from the phone; unset when the walk goes on to the phone's fixes. */
  check?: Check;
  device?: Device;
  /** Set when the person chose not to reset the app, so the report says so instead of "it did not help". */
  skipped?: "no-reset";
  /** The fix step the person said "Yes" on; only set in `fixed`. */
  fixedBy?: string;
}

export type WizardEvent =
  | { type: "start" }
  | { type: "symptom.unliking" }
  | { type: "symptom.missing" }
  | { type: "symptom.dropping" }
  | { type: "device.iphone" }
  | { type: "device.android" }
  | { type: "check.too-fast" }
  | { type: "check.many-people" }
  | { type: "check.all-devices" }
  | { type: "check.one-device" }
  | { type: "answer.yes" }
  | { type: "answer.no" }
  | { type: "answer.some" }
  | { type: "answer.skip" }
  | { type: "drop.sudden" }
  | { type: "drop.few" }
  | { type: "drop.warning" }
  | { type: "drop.reach" }
  | { type: "drop.jumpy" };

const wizard = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  actions: {
    setSymptom: assign((_, params: { symptom: Symptom }) => ({ symptom: params.symptom })),
    setCheck: assign((_, params: { check: Check }) => ({ check: params.check })),
    setDevice: assign((_, params: { device: Device }) => ({ device: params.device })),
    skipReset: assign({ skipped: "no-reset" as const }),
    recordFix: assign((_, params: { step: string }) => ({ fixedBy: params.step })),
  },
  guards: {
    /** A different phone from the one already chosen; nothing to switch before one is chosen. */
    otherDevice: ({ context }, params: { device: Device }) => context.device !== undefined && context.device !== params.device,
    /** The walk is on the phone's own fixes (a phone was chosen): logging out and the reset follow. */
    onPhoneFixes: ({ context }) => context.device !== undefined,
    /** The quick checks said every device: the account, so who else is signed in comes next. */
    onEveryDevice: ({ context }) => context.check === "all-devices",
  },
});

/** The same device choice offered again on steps whose advice has already been tailored to it. */
const switchDevice = {
  "device.iphone": {
    guard: { type: "otherDevice", params: { device: "iphone" } },
    actions: { type: "setDevice", params: { device: "iphone" } },
  },
  "device.android": {
    guard: { type: "otherDevice", params: { device: "android" } },
    actions: { type: "setDevice", params: { device: "android" } },
  },
} as const;

const fixedBy = (step: string) => ({ target: "fixed", actions: { type: "recordFix", params: { step } } }) as const;

/** A step of the fix sequence: "Yes, it works now" ends in `fixed`, "No" moves on. */
function fix<No, More>(step: string, cost: Cost, description: string, no: No, more?: More, part?: StepPart) {
  return {
    tags: ["fix", "sequence"],
    description,
    meta: { cost, ...(part && { part }) } satisfies StepMeta,
    on: { "answer.yes": fixedBy(step), "answer.no": no, ...switchDevice, ...more },
  } as const;
}

/** Why it happens. Either the answers that led here make it fit for sure, or it offers the way on. */
const explanation = (description: string) =>
  ({ type: "final", tags: ["explanation"], description, meta: { fitsForSure: true } satisfies StepMeta }) as const;
/** An explanation that may not be the reader's case: "That's not it" goes on to `next`. */
const explanationOrOn = <Next,>(description: string, next: Next) => ({ tags: ["explanation"], description, on: { "answer.no": next } }) as const;

export const wizardMachine = wizard.createMachine({
  id: "wizard",
  initial: "start",
  context: {},
  states: {
    start: {
      description: "What this helps with, and one way in.",
      on: { start: "symptom" },
    },
    symptom: {
      description: "Which of the three problems the person has; it decides the branch.",
      on: {
        "symptom.unliking": { target: "connection", actions: { type: "setSymptom", params: { symptom: "unliking" } } },
        "symptom.missing": { target: "privacy", actions: { type: "setSymptom", params: { symptom: "missing" } } },
        "symptom.dropping": { target: "creator", actions: { type: "setSymptom", params: { symptom: "dropping" } } },
      },
    },
    privacy: {
      description: "Hidden liked videos are most often a privacy setting; a few gone for good were removed by their creators.",
      on: {
        "answer.yes": fixedBy("privacy"),
        "answer.some": "creator-removed",
        "answer.no": "connection",
      },
    },
    "creator-removed": explanationOrOn(
      "Some liked videos are gone because their creator deleted or hid them, or lost the account; videos that can still be watched go on to the fixes.",
      "connection",
    ),
    creator: {
      description: "How a creator's like count fell tells which explanation applies.",
      on: {
        "drop.sudden": "sudden-drop",
        "drop.few": "taken-back",
        "drop.warning": "guidelines",
        "drop.reach": "reach",
        "drop.jumpy": "connection",
      },
    },
    "sudden-drop": explanationOrOn(
      "A large drop at once: likes from removed (fake or closed) accounts went with them; every video at zero or far lower is a fault at TikTok.",
      "outage",
    ),
    "taken-back": explanation("A few likes at a time: viewers can take a like back."),
    guidelines: explanation("A warning or removed video: Community Guidelines enforcement, strikes and appeals."),
    reach: explanation("Views fell too: For You feed eligibility or a change in the audience."),

    connection: fix("connection", "nothing", "First fix, the same on every phone: the like has to reach TikTok.", "quick-checks", {}, "connection-check"),
    "quick-checks": {
      tags: ["sequence"],
      description: "Harmless questions before anything that changes the phone: a limit, an outage, or the account.",
      meta: { live: true } satisfies StepMeta,
      on: {
        "check.too-fast": { target: "slow-down", actions: { type: "setCheck", params: { check: "too-fast" } } },
        "check.many-people": { target: "outage", actions: { type: "setCheck", params: { check: "many-people" } } },
        "check.all-devices": { target: "account", actions: { type: "setCheck", params: { check: "all-devices" } } },
        "check.one-device": "device",
      },
    },
    outage: {
      tags: ["fix", "sequence"],
      description: "Many people at once: most likely TikTok's side; waiting is the fix.",
      meta: { cost: "nothing", live: true } satisfies StepMeta,
      on: { "answer.yes": fixedBy("outage"), "answer.no": "support" },
    },
    account: {
      tags: ["sequence"],
      description: "Every device: the account, not the phone. Account status shows warnings and restrictions.",
      on: { "answer.yes": "restricted", "answer.no": "slow-down" },
    },
    restricted: explanationOrOn(
      "Account status shows a warning, strike or restriction: what it means and how to appeal; a notice about something else goes on to the pause.",
      "slow-down",
    ),
    device: {
      // The one step where choosing a phone answers the question; elsewhere it is a phone switch.
      tags: ["asks-device"],
      description: "Asked only here, just before the first step whose advice differs by phone.",
      on: {
        "device.iphone": { target: "update", actions: { type: "setDevice", params: { device: "iphone" } } },
        "device.android": { target: "update", actions: { type: "setDevice", params: { device: "android" } } },
      },
    },
    update: fix("update", "nothing", "Update the app from the phone's store; touches nothing else.", "cache"),
    cache: fix("cache", "nothing", "Clear the app's temporary files, never its storage.", "slow-down"),
    // Harmless, so before anything that signs the reader out. Reached from the quick checks and the
    // account too: "No" then goes on to who else is signed in, or straight to support.
    "slow-down": fix("slow-down", "nothing", "Liking very fast can trigger a temporary limit; pausing lets it lapse.", [
      { guard: "onPhoneFixes", target: "log-out" },
      { guard: "onEveryDevice", target: "signed-in" },
      { target: "support" },
    ]),
    "log-out": fix("log-out", "signs-out", "Log out and back in, once the person knows how they sign back in.", "reset"),
    "signed-in": fix("signed-in", "signs-out", "Every device: someone else signed in to the account can undo likes; Manage devices lists them.", "support"),
    reset: fix("reset", "loses-drafts", "Last, because it loses drafts: reinstall (iPhone) or clear storage (Android).", "support", {
      "answer.skip": { target: "support", actions: "skipReset" },
    }),
    support: {
      tags: ["sequence", "ending"],
      description: "Every fix tried: wait out an outage, or report it to TikTok with a summary.",
      meta: { part: "support-report" } satisfies StepMeta,
      on: { ...switchDevice },
    },
    fixed: {
      type: "final",
      description: "Something worked; says what.",
    },
  },
});

export type WizardMachine = typeof wizardMachine;
