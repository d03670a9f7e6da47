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
import { localHref } from "../lib/language-path.ts";
import { translatedPages } from "../lib/site-pages.ts";
import { isStale } from "./freshness.ts";
import type { Language } from "./languages.ts";
import { stepHtml, stepMeta } from "./library.server.ts";
import type { Source } from "./schema.ts";

/** A step's preview picture, which shows its title in the page's language. */
export const ogImagePath = (id: string, lang: Language = "en") => (lang === "en" ? `/og/${id}.png` : `/og/${lang}/${id}.png`);

/** The public address links and previews are built from; set PUBLIC_ORIGIN when building for a real host. */
export const publicOrigin = (process.env.PUBLIC_ORIGIN ?? "http://localhost:3000").replace(/\/+$/, "");

/** Everything one step's page shows, worked out at build time from the machine and the content. */
export interface StepPage {
  id: string;
  /** The step's address in English, its one name in every language (src/lib/language-path.ts). */
  href: string;
  /** The page's own public address, in its language: what Share and the canonical link give. */
  url: string;
  lang: Language;
  /** The same page's public address in each language, for `hreflang` links. */
  alternates: Record<Language, string>;
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
export function shownDate(date: string, month: "short" | "long", { day = false, lang = "en" }: { day?: boolean; lang?: Language } = {}): string {
  if (date.length === 4) return date;
  const withDay = day && date.length > 7;
  const options = { ...(withDay && { day: "numeric" as const }), month, year: "numeric" as const, timeZone: "UTC" };
  // Spanish writes "de" between the parts ("14 de febrero de 2023"); a short date reads "feb 2023".
  return new Intl.DateTimeFormat(locales[lang], options).format(new Date(date)).replace(/\.(?= )/, "");
}

/** The locale each language's dates are written in. */
const locales: Record<Language, string> = { en: "en-GB", es: "es-419" };

/** What a page says of a source without a date, and how it joins a step's title to a phone. */
const words: Record<Language, { undated: string; on: string }> = {
  en: { undated: "undated", on: " on " },
  es: { undated: "sin fecha", on: " en " },
};

const labelOf = (stepId: string, event: string, lang: Language) => stepMeta(stepId, lang).answers?.[event] ?? event;

const linkOf =
  (lang: Language) =>
  ({ title, publisher, kind, date, url }: Source): SourceLink => ({ title, publisher, kind, url, dateLabel: date ? shownDate(date, "short", { lang }) : words[lang].undated });

/** A page's public address in each language. */
const alternatesOf = (href: string) => ({ en: publicOrigin + localHref(href, "en"), es: publicOrigin + localHref(href, "es") });

/**
 * What a page of the site other than a step shares in a preview: its address, the start's picture,
 * and its address in each language where it has a page in each.
 */
export const sitePage = (path: string, lang: Language = "en") => ({
  url: publicOrigin + localHref(path, lang),
  image: publicOrigin + ogImagePath("start", lang),
  ...(translatedPages.some((page) => page.path === path) && { alternates: alternatesOf(path) }),
});

/** Whether an address is one of the guide's steps. */
export const isStepHref = (href: string) => findStep(href) !== undefined;

/** A step's page in a language, from its English address. */
export function stepPage(pathname: string, lang: Language = "en"): StepPage | undefined {
  const step = findStep(pathname);
  if (!step) return undefined;
  const { symptom, device, fixedBy } = step.context;
  const meta = stepMeta(step.id, lang);
  const label = (stepId: string, event: string) => labelOf(stepId, event, lang);
  const answers = answersOf(snapshotOf(step));
  const sources = (meta.sources ?? []).filter((s) => !s.device || !device || s.device === device);
  const check = quickCheck(step);
  const menuSources = sources.filter((s) => s.menu);
  const { part, live = false } = metaOf(step.id);
  return {
    id: step.id,
    href: step.href,
    url: publicOrigin + localHref(step.href, lang),
    lang,
    alternates: alternatesOf(step.href),
    title: meta.title,
    documentTitle: documentTitle(step, lang),
    description: meta.description,
    ...(meta.checked && {
      menuCheck: {
        date: meta.checked,
        dateLabel: shownDate(meta.checked, "long", { lang }),
        sources: menuSources.map(linkOf(lang)),
        guidesOnly: menuSources.every((s) => s.kind === "guide"),
        stale: isStale(meta.checked),
      },
    }),
    sources: sources.filter((s) => !s.menu).map(linkOf(lang)),
    question: meta.question,
    html: stepHtml(step.id, { device, symptom }, lang),
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
      .map((a) => ({ device: a.event.slice("device.".length), label: label("device", a.event), href: a.href })),
    device: device && { id: device, label: label("device", `device.${device}`) },
    progress: progressOf(step),
    back: previousHref(step),
    isEnding: isEnding(step.id),
    worked: fixedBy ? stepMeta(fixedBy, lang).worked : undefined,
    symptom: symptom && { id: symptom, label: label("symptom", `symptom.${symptom}`) },
    check: check && label(check.from, check.event),
    tried: fixesTried(step).map((t) => ({ id: t.from, title: stepMeta(t.from, lang).title, answer: label(t.from, t.event) })),
    image: `${publicOrigin}${ogImagePath(step.id, lang)}`,
    walk: replay(step.trail).map((state) => ({ title: stepMeta(stepId(state), lang).title, url: publicOrigin + localHref(hrefFor(state), lang) })),
  };
}

/**
 * What a title says before anything that tells URLs apart: the step (with what worked, on `fixed`)
 * and, once the URL names a phone, which one: "on Android", or in brackets where the words already
 * say where ("Reset TikTok on your phone (Android)").
 */
function mainTitle({ id, context: { device, fixedBy } }: Step, lang: Language): string {
  const title = fixedBy ? `${stepMeta(id, lang).title}: ${stepMeta(fixedBy, lang).worked}` : stepMeta(id, lang).title;
  if (!device) return title;
  const phone = labelOf("device", `device.${device}`, lang);
  const on = words[lang].on;
  return title.includes(on) ? `${title} (${phone})` : `${title}${on}${phone}`;
}

/**
 * The rest of a URL's context a title can name, in walk order and in the content's own words, as the
 * support report puts them: the symptom, the quick-check answer, a fix skipped.
 */
const contextWords = {
  symptom: (step: Step, lang: Language) => labelOf("symptom", `symptom.${step.context.symptom}`, lang),
  check: (step: Step, lang: Language) => {
    const check = quickCheck(step)!;
    return labelOf(check.from, check.event, lang);
  },
  skipped: (step: Step, lang: Language) => {
    const skip = fixesTried(step).find((t) => t.event === "answer.skip")!;
    return `${stepMeta(skip.from, lang).title}: ${labelOf(skip.from, skip.event, lang)}`;
  },
};

const byMainTitle = new Map<Language, Map<string, Step[]>>();

/**
 * The document title: the main title, then whatever sets this URL apart from the others with the
 * same main title (a symptom, a quick-check answer, a skipped reset), so every page has its own
 * title in a tab, a bookmark or a search result, and no URL carries words it does not need.
 */
function documentTitle(step: Step, lang: Language): string {
  let titles = byMainTitle.get(lang);
  if (!titles) {
    titles = new Map();
    for (const s of allSteps().values()) {
      const main = mainTitle(s, lang);
      titles.set(main, [...(titles.get(main) ?? []), s]);
    }
    byMainTitle.set(lang, titles);
  }
  const alike = titles.get(mainTitle(step, lang))!;
  const keys = (Object.keys(contextWords) as Array<keyof typeof contextWords>).filter(
    (key) => step.context[key] && new Set(alike.map((s) => s.context[key])).size > 1,
  );
  return [mainTitle(step, lang), ...keys.map((key) => contextWords[key](step, lang))].join(" · ");
}
