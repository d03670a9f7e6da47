import type { Device } from "../wizard/machine.ts";
import {
  answersOf,
  findStep,
  fixesTried,
  isFinal,
  previousHref,
  progressOf,
  snapshotOf,
} from "../wizard/steps.ts";
import { stepHtml, stepMeta } from "./library.server.ts";

export const ogImagePath = (id: string) => `/og/${id}.png`;

/** The public address links and previews are built from; set PUBLIC_ORIGIN when building for a real host. */
export const publicOrigin = (process.env.PUBLIC_ORIGIN ?? "http://localhost:3000").replace(/\/+$/, "");

/** Everything one step's page shows, worked out at build time from the machine and the content. */
export interface StepPage {
  id: string;
  href: string;
  url: string;
  title: string;
  description: string;
  checked: string;
  question?: string;
  html: string;
  answers: Array<{ event: string; label: string; href: string }>;
  /** Links to the same step for the other device, once the device is known. */
  deviceSwitch: Array<{ device: string; label: string; href: string }>;
  device?: { id: Device; label: string };
  progress?: { index: number; total: number };
  back?: string;
  /** Fixed, an explanation or support: the walk is over. */
  isEnding: boolean;
  worked?: string;
  symptom?: { id: string; label: string };
  /** The fixes answered "No" on the way here, with that answer's words, for the support report. */
  tried: Array<{ id: string; title: string; answer: string }>;
  image: string;
}

export function stepPage(pathname: string): StepPage | undefined {
  const step = findStep(pathname);
  if (!step) return undefined;
  const { symptom, device, fixedBy } = step.context;
  const meta = stepMeta(step.id);
  const labelOf = (stepId: string, event: string) => stepMeta(stepId).answers?.[event] ?? event;
  const answers = answersOf(snapshotOf(step));
  return {
    id: step.id,
    href: step.href,
    url: publicOrigin + step.href,
    title: meta.title,
    description: meta.description,
    checked: meta.checked,
    question: meta.question,
    html: stepHtml(step.id, device),
    answers: answers
      .filter((a) => meta.answers?.[a.event])
      .map((a) => ({ event: a.event, label: meta.answers![a.event]!, href: a.href })),
    deviceSwitch: answers
      .filter((a) => !meta.answers?.[a.event] && a.event.startsWith("device."))
      .map((a) => ({ device: a.event.slice("device.".length), label: labelOf("device", a.event), href: a.href })),
    device: device && { id: device, label: labelOf("device", `device.${device}`) },
    progress: progressOf(step.id),
    back: previousHref(step),
    isEnding: isFinal(step.id),
    worked: fixedBy ? stepMeta(fixedBy).worked : undefined,
    symptom: symptom && { id: symptom, label: labelOf("symptom", `symptom.${symptom}`) },
    tried: fixesTried(step).map((id) => ({ id, title: stepMeta(id).title, answer: labelOf(id, "answer.no") })),
    image: `${publicOrigin}${ogImagePath(step.id)}`,
  };
}
