import type { Device, StepPart } from "../wizard/machine.ts";
import {
  allSteps,
  answersOf,
  findStep,
  fixesTried,
  hasTag,
  hrefFor,
  isEnding,
  isPhoneSwitch,
  metaOf,
  previousHref,
  progressOf,
  quickCheck,
  replay,
  snapshotOf,
  stepId,
  type Step,
} from "../wizard/steps.ts";
import { isStale } from "./freshness.ts";
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
  /** The heading: the step's own title. */
  title: string;
  /** The document title and og:title, one per URL: see `documentTitle`. */
  documentTitle: string;
  description: string;
  /**
   * The menu path's check: when (ISO date, and as shown), and against what. Only on steps that show
   * a path. `guidesOnly`: no official or press source gives these names, so the page says so.
   * `stale`: checked over a year before the build, so the page says menus may have changed.
   */
  menuCheck?: { date: string; dateLabel: string; sources: SourceLink[]; guidesOnly: boolean; stale: boolean };
  /** Where the step's other facts come from. */
  sources: SourceLink[];
  question?: string;
  html: string;
  /** A part with code of its own that the machine gives this step (src/components/step-parts.tsx). */
  part?: StepPart;
  /** Each answer, with the part of the step it leads to, so that code is fetched ahead of a tap. */
  answers: Array<{ event: string; label: string; href: string; part?: StepPart }>;
  /** Shows the live level of reports of its symptom (the machine's `meta.live`). */
  live: boolean;
  /** A fix: shows how often it worked for readers (the machine's "fix" tag). */
  fix: boolean;
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
  /** The steps walked from the start to here, this one last (the page's breadcrumb trail). */
  walk: Array<{ title: string; url: string }>;
}

/** A source as a step links to it; `dateLabel` is its own date as shown ("Feb 2023"), or "undated". */
export type SourceLink = Pick<Source, "title" | "publisher" | "url" | "kind"> & { dateLabel: string };

/**
 * A date from the content ("2023", "2023-02" or "2023-02-14") as a page shows it: a year as it is,
 * otherwise "Feb 2023" or "February 2023", with the day in front if asked for and known.
 * Dates are written out at build time, never in the browser: the first Intl.DateTimeFormat a page
 * makes loads the locale's data, which took 30–90 ms on this machine's Chromium at every page load,
 * in the task that starts the page's scripts (bench/: Lighthouse's blocking time).
 */
export function shownDate(date: string, month: "short" | "long", { day = false } = {}): string {
  if (date.length === 4) return date;
  const withDay = day && date.length > 7;
  return new Intl.DateTimeFormat("en-GB", { ...(withDay && { day: "numeric" }), month, year: "numeric", timeZone: "UTC" }).format(new Date(date));
}

const labelOf = (stepId: string, event: string) => stepMeta(stepId).answers?.[event] ?? event;

const linkOf = ({ title, publisher, kind, date, url }: Source): SourceLink => ({ title, publisher, kind, url, dateLabel: date ? shownDate(date, "short") : "undated" });

/** What a page of the site other than a step shares in a preview: its address and the start's picture. */
export const sitePage = (path: string) => ({ url: publicOrigin + path, image: publicOrigin + ogImagePath("start") });

/** Whether an address is one of the guide's steps. */
export const isStepHref = (href: string) => findStep(href) !== undefined;

export function stepPage(pathname: string): StepPage | undefined {
  const step = findStep(pathname);
  if (!step) return undefined;
  const { symptom, device, fixedBy } = step.context;
  const meta = stepMeta(step.id);
  const answers = answersOf(snapshotOf(step));
  const sources = (meta.sources ?? []).filter((s) => !s.device || !device || s.device === device);
  const check = quickCheck(step);
  const menuSources = sources.filter((s) => s.menu);
  const { part, live = false } = metaOf(step.id);
  return {
    id: step.id,
    href: step.href,
    url: publicOrigin + step.href,
    title: meta.title,
    documentTitle: documentTitle(step),
    description: meta.description,
    ...(meta.checked && {
      menuCheck: {
        date: meta.checked,
        dateLabel: shownDate(meta.checked, "long"),
        sources: menuSources.map(linkOf),
        guidesOnly: menuSources.every((s) => s.kind === "guide"),
        stale: isStale(meta.checked),
      },
    }),
    sources: sources.filter((s) => !s.menu).map(linkOf),
    question: meta.question,
    html: stepHtml(step.id, { device, symptom }),
    ...(part && { part }),
    live,
    fix: hasTag(step.id, "fix"),
    answers: answers
      .filter((a) => !isPhoneSwitch(step.id, a.event))
      .map((a) => {
        const next = metaOf(findStep(a.href)!.id).part;
        return { event: a.event, label: meta.answers![a.event]!, href: a.href, ...(next && { part: next }) };
      }),
    deviceSwitch: answers
      .filter((a) => isPhoneSwitch(step.id, a.event))
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
    walk: replay(step.trail).map((state) => ({ title: stepMeta(stepId(state)).title, url: publicOrigin + hrefFor(state) })),
  };
}

/**
 * What a title says before anything that tells URLs apart: the step (with what worked, on `fixed`)
 * and, once the URL names a phone, which one: "on Android", or in brackets where the words already
 * say where ("Reset TikTok on your phone (Android)").
 */
function mainTitle({ id, context: { device, fixedBy } }: Step): string {
  const title = fixedBy ? `${stepMeta(id).title}: ${stepMeta(fixedBy).worked}` : stepMeta(id).title;
  if (!device) return title;
  const phone = labelOf("device", `device.${device}`);
  return title.includes(" on ") ? `${title} (${phone})` : `${title} on ${phone}`;
}

/**
 * The rest of a URL's context a title can name, in walk order and in the content's own words, as the
 * support report puts them: the symptom, the quick-check answer, a fix skipped.
 */
const contextWords = {
  symptom: (step: Step) => labelOf("symptom", `symptom.${step.context.symptom}`),
  check: (step: Step) => {
    const check = quickCheck(step)!;
    return labelOf(check.from, check.event);
  },
  skipped: (step: Step) => {
    const skip = fixesTried(step).find((t) => t.event === "answer.skip")!;
    return `${stepMeta(skip.from).title}: ${labelOf(skip.from, skip.event)}`;
  },
};

let byMainTitle: Map<string, Step[]> | undefined;

/**
 * The document title: the main title, then whatever sets this URL apart from the others with the
 * same main title (a symptom, a quick-check answer, a skipped reset), so every page has its own
 * title in a tab, a bookmark or a search result, and no URL carries words it does not need.
 */
function documentTitle(step: Step): string {
  if (!byMainTitle) {
    byMainTitle = new Map();
    for (const s of allSteps().values()) {
      const main = mainTitle(s);
      byMainTitle.set(main, [...(byMainTitle.get(main) ?? []), s]);
    }
  }
  const alike = byMainTitle.get(mainTitle(step))!;
  const keys = (Object.keys(contextWords) as Array<keyof typeof contextWords>).filter(
    (key) => step.context[key] && new Set(alike.map((s) => s.context[key])).size > 1,
  );
  return [mainTitle(step), ...keys.map((key) => contextWords[key](step))].join(" · ");
}
