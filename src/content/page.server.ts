import type { Device } from "../wizard/machine.ts";
import {
  answersOf,
  findStep,
  fixesTried,
  isEnding,
  previousHref,
  progressOf,
  quickCheck,
  snapshotOf,
} from "../wizard/steps.ts";
import { stepHtml, stepMeta } from "./library.server.ts";
import type { Source } from "./schema.ts";

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
  /** The menu path's check: when, and against what. Only on steps that show a path. */
  menuCheck?: { date: string; sources: SourceLink[] };
  /** Where the step's other facts come from. */
  sources: SourceLink[];
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
  /** The quick-check answer on the way here, in its own words, for the support report. */
  check?: string;
  /** The fixes answered "No" (or skipped) on the way here, with that answer's words, for the support report. */
  tried: Array<{ id: string; title: string; answer: string }>;
  image: string;
}

export type SourceLink = Pick<Source, "title" | "publisher" | "date" | "url">;

const linkOf = ({ title, publisher, date, url }: Source): SourceLink => ({ title, publisher, url, ...(date ? { date } : {}) });

export function stepPage(pathname: string): StepPage | undefined {
  const step = findStep(pathname);
  if (!step) return undefined;
  const { symptom, device, fixedBy } = step.context;
  const meta = stepMeta(step.id);
  const labelOf = (stepId: string, event: string) => stepMeta(stepId).answers?.[event] ?? event;
  const answers = answersOf(snapshotOf(step));
  const sources = (meta.sources ?? []).filter((s) => !s.device || !device || s.device === device);
  const check = quickCheck(step);
  return {
    id: step.id,
    href: step.href,
    url: publicOrigin + step.href,
    title: meta.title,
    description: meta.description,
    ...(meta.checked && { menuCheck: { date: meta.checked, sources: sources.filter((s) => s.menu).map(linkOf) } }),
    sources: sources.filter((s) => !s.menu).map(linkOf),
    question: meta.question,
    html: stepHtml(step.id, device),
    answers: answers
      .filter((a) => meta.answers?.[a.event])
      .map((a) => ({ event: a.event, label: meta.answers![a.event]!, href: a.href })),
    deviceSwitch: answers
      .filter((a) => !meta.answers?.[a.event] && a.event.startsWith("device."))
      .map((a) => ({ device: a.event.slice("device.".length), label: labelOf("device", a.event), href: a.href })),
    device: device && { id: device, label: labelOf("device", `device.${device}`) },
    progress: progressOf(step),
    back: previousHref(step),
    isEnding: isEnding(step.id),
    worked: fixedBy ? stepMeta(fixedBy).worked : undefined,
    symptom: symptom && { id: symptom, label: labelOf("symptom", `symptom.${symptom}`) },
    check: check && labelOf(check.from, check.event),
    tried: fixesTried(step).map((t) => ({ id: t.from, title: stepMeta(t.from).title, answer: labelOf(t.from, t.event) })),
    image: `${publicOrigin}${ogImagePath(step.id)}`,
  };
}
