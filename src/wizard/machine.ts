import { assign, setup } from "xstate";

export const symptoms = ["unliking", "missing", "dropping"] as const;
export const devices = ["iphone", "android"] as const;

export type Symptom = (typeof symptoms)[number];
export type Device = (typeof devices)[number];

export interface WizardContext {
  symptom?: Symptom;
  device?: Device;
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
  | { type: "answer.yes" }
  | { type: "answer.no" }
  | { type: "drop.sudden" }
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
    setDevice: assign((_, params: { device: Device }) => ({ device: params.device })),
    recordFix: assign((_, params: { step: string }) => ({ fixedBy: params.step })),
  },
  guards: {
    deviceIsNot: ({ context }, params: { device: Device }) => context.device !== params.device,
  },
});

/** The same device choice offered again on steps whose advice has already been tailored to it. */
const switchDevice = {
  "device.iphone": {
    guard: { type: "deviceIsNot", params: { device: "iphone" } },
    actions: { type: "setDevice", params: { device: "iphone" } },
  },
  "device.android": {
    guard: { type: "deviceIsNot", params: { device: "android" } },
    actions: { type: "setDevice", params: { device: "android" } },
  },
} as const;

/** A step of the fix sequence: "Yes" ends in `fixed`, "No" moves on. */
function fix(step: string, next: string, options: { deviceSwitch?: boolean; description: string }) {
  return {
    tags: ["fix"],
    description: options.description,
    on: {
      "answer.yes": { target: "fixed", actions: { type: "recordFix", params: { step } } },
      "answer.no": { target: next },
      ...(options.deviceSwitch ? switchDevice : {}),
    },
  } as const;
}

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
        "symptom.unliking": {
          target: "connection",
          actions: { type: "setSymptom", params: { symptom: "unliking" } },
        },
        "symptom.missing": {
          target: "privacy",
          actions: { type: "setSymptom", params: { symptom: "missing" } },
        },
        "symptom.dropping": {
          target: "creator",
          actions: { type: "setSymptom", params: { symptom: "dropping" } },
        },
      },
    },
    privacy: {
      description: "Hidden liked videos are most often a privacy setting, so it comes before any fix.",
      on: {
        "answer.yes": { target: "fixed", actions: { type: "recordFix", params: { step: "privacy" } } },
        "answer.no": { target: "connection" },
      },
    },
    creator: {
      description: "How a creator's like count fell tells which explanation applies.",
      on: {
        "drop.sudden": "fake-likes",
        "drop.warning": "guidelines",
        "drop.reach": "reach",
        "drop.jumpy": "connection",
      },
    },
    "fake-likes": {
      type: "final",
      tags: ["explanation"],
      description: "A sudden drop: likes from fake or closed accounts were removed. Nothing to fix.",
    },
    guidelines: {
      type: "final",
      tags: ["explanation"],
      description: "A warning or removed video: Community Guidelines enforcement and strikes.",
    },
    reach: {
      type: "final",
      tags: ["explanation"],
      description: "Views fell too: For You feed eligibility or a change in the audience.",
    },
    connection: fix("connection", "device", {
      description: "First fix; the same on every phone, so the device is not asked yet.",
    }),
    device: {
      description: "Asked only here, just before the first step whose advice differs by phone.",
      on: {
        "device.iphone": { target: "update", actions: { type: "setDevice", params: { device: "iphone" } } },
        "device.android": { target: "update", actions: { type: "setDevice", params: { device: "android" } } },
      },
    },
    update: fix("update", "cache", { deviceSwitch: true, description: "Update the app from the phone's store." }),
    cache: fix("cache", "log-out", { deviceSwitch: true, description: "Clear or offload the app's cache." }),
    "log-out": fix("log-out", "slow-down", {
      deviceSwitch: true,
      description: "Log out and back in, once the person knows how they sign in.",
    }),
    "slow-down": fix("slow-down", "support", {
      deviceSwitch: true,
      description: "Liking very fast can look like a bot; pausing lets the limit lapse.",
    }),
    support: {
      type: "final",
      tags: ["fix"],
      description: "Every fix tried: report it to TikTok with a summary, or wait out an outage.",
    },
    fixed: {
      type: "final",
      description: "Something worked; says what.",
    },
  },
});

export type WizardMachine = typeof wizardMachine;
