import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Device, Symptom } from "../wizard/machine.ts";
import { allSteps, costOf, eventsOfState, isPhoneSwitch, stateIds } from "../wizard/steps.ts";
import { parseStep, renderStep, type ParsedStep, type Reader } from "./compile.server.ts";
import { buildDay, isStale, STALE_AFTER_MONTHS } from "./freshness.ts";
import { languages, type Language } from "./languages.ts";
import { menuNameProblems, parityProblems } from "./parity.server.ts";

export const defaultContentDir = path.resolve(process.cwd(), "content");

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    this.name = "ContentError";
  }
}

export interface Library {
  steps: Map<string, ParsedStep>;
  problems: string[];
  /** Menu paths checked more than a year before `today`: the build warns, the page says so. */
  stale: string[];
}

/** Events a step's content must label: all it takes, except re-picking the device on a later step. */
export function labelledEvents(id: string): string[] {
  return eventsOfState(id).filter((event) => !isPhoneSwitch(id, event));
}

/**
 * Reads every content file and checks it against the machine. Problems are "file:line: message".
 * A translation (`lang` other than English, in content/<lang>/) is also checked against `english`,
 * the English library: the same shape, links and parts, and menu names its own sources give.
 */
export function readLibrary(dir = defaultContentDir, today = buildDay(), lang: Language = "en", english?: Library & { dir: string }): Library {
  const problems: string[] = [];
  const stale: string[] = [];
  const steps = new Map<string, ParsedStep>();
  const rel = (file: string) => path.relative(process.cwd(), path.join(dir, file)) || file;
  const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
  const states = new Set(stateIds());
  const reachable = [...allSteps().values()];

  for (const file of files) {
    const id = file.slice(0, -3);
    const parsed = parseStep(readFileSync(path.join(dir, file), "utf8"), lang);
    const say = (line: number, message: string) => problems.push(`${rel(file)}:${line}: ${message}`);
    parsed.problems.forEach((p) => say(p.line, p.message));
    if (!states.has(id)) {
      say(1, `no state "${id}" in the machine (src/wizard/machine.ts); rename the file or add the state`);
      continue;
    }
    steps.set(id, parsed);
    const source = readFileSync(path.join(dir, file), "utf8").split("\n");
    const lineOf = (text: string) => Math.max(1, source.findIndex((l) => l.includes(text)) + 1);
    // A translation against the English, even with other mistakes: a missing warning is said as such.
    const original = english?.steps.get(id);
    if (original) {
      const englishFile = path.relative(process.cwd(), path.join(english!.dir, file));
      for (const p of [...parityProblems(original, parsed, englishFile), ...menuNameProblems(original, parsed, lang)]) say(p.line, p.message);
    }
    if (parsed.problems.length > 0) continue;

    if (lang === "en" && parsed.meta.sources?.some((s) => s.names || s.lang)) {
      say(lineOf("sources:"), '"names" and "lang" are for the sources of a translation (content/<lang>/), not of the English');
    }
    const expected = labelledEvents(id);
    const given = Object.keys(parsed.meta.answers ?? {});
    for (const key of given.filter((k) => !expected.includes(k))) {
      say(lineOf(`${key}:`), `unknown answer key "${key}"; "${id}" takes ${expected.length ? expected.join(", ") : "no answers"}`);
    }
    for (const key of expected.filter((k) => !given.includes(k))) {
      say(lineOf("answers:") , `answer "${key}" has no label`);
    }
    if (expected.length > 0 && !parsed.meta.question) say(1, `"question" is required on a step with answers`);

    const fixedBy = reachable.some((s) => s.context.fixedBy === id);
    if (fixedBy && !parsed.meta.worked) say(1, `"worked" is required: "${id}" can be the fix that worked`);
    if (!fixedBy && parsed.meta.worked) say(lineOf("worked:"), `"worked" is set but "${id}" is never the fix that worked`);

    if (parsed.deviceBlocks.length > 0) {
      const withoutDevice = reachable.find((s) => s.id === id && !s.context.device);
      if (withoutDevice) say(lineOf(":::"), `device blocks are not allowed: "${id}" is shown before the device is known (${withoutDevice.href})`);
      const devicesHere = new Set<Device>(parsed.deviceBlocks);
      if (devicesHere.size === 1) say(lineOf(":::"), `has a block for ${[...devicesHere][0]} but not for the other device`);
    }
    checkSymptomBlocks(id, parsed, reachable, say);
    const cost = costOf(id);
    if (cost && cost !== "nothing" && parsed.firstInstructionLine !== undefined) {
      if (parsed.firstWarningLine === undefined || parsed.firstWarningLine > parsed.firstInstructionLine) {
        say(parsed.firstInstructionLine, `"${id}" ${cost === "signs-out" ? "signs the reader out" : "loses drafts"} (its cost in the machine), but its first instruction has no :::warning block before it`);
      }
    }
    checkSources(parsed, lineOf, say);
    const { checked } = parsed.meta;
    if (checked && isStale(checked, today)) {
      stale.push(`${rel(file)}:${lineOf("checked:")}: menu path last checked ${checked}, over ${STALE_AFTER_MONTHS} months before ${today}: check it again`);
    }
    for (const link of parsed.links) {
      if (!allSteps().has(link.href.split(/[?#]/)[0]!.replace(/\/$/, "") || "/")) {
        say(link.line, `broken internal link "${link.href}": no step has that URL`);
      }
    }
  }
  for (const id of states) {
    if (!files.includes(`${id}.md`)) {
      problems.push(`${rel(`${id}.md`)}:1: missing: the machine has a state "${id}" but no ${lang === "en" ? "content file" : `${lang} translation of it`}`);
    }
  }
  problems.push(...sameSourceEverywhere(steps, dir, rel, english && sourcesByUrl(english.steps, english.dir)));
  return { steps, problems, stale };
}

/** The English content and each translation, all checked; problems of every file together. */
export function readAllContent(root = defaultContentDir, today = buildDay()) {
  const en = { ...readLibrary(root, today), dir: root };
  const translations = new Map<Language, Library>();
  for (const lang of languages.filter((l) => l !== "en")) translations.set(lang, readLibrary(path.join(root, lang), today, lang, en));
  const all = [en, ...translations.values()];
  return { en, translations, problems: all.flatMap((l) => l.problems), stale: all.flatMap((l) => l.stale) };
}

/**
 * A symptom block is only for a symptom whose walk reaches the step; a step that tailors its words
 * to one symptom tailors them to every symptom that reaches it, so no reader is left without.
 */
function checkSymptomBlocks(
  id: string,
  parsed: ParsedStep,
  reachable: Array<{ id: string; href: string; context: { symptom?: Symptom } }>,
  say: (line: number, message: string) => void,
) {
  if (parsed.symptomBlocks.length === 0) return;
  const reaching = new Set(reachable.filter((s) => s.id === id && s.context.symptom).map((s) => s.context.symptom!));
  for (const block of parsed.symptomBlocks) {
    if (!reaching.has(block.symptom)) {
      say(block.line, `a :::${block.symptom} block, but no "${block.symptom}" walk reaches "${id}" (it is reached by: ${[...reaching].join(", ") || "no symptom"})`);
    }
  }
  const given = new Set(parsed.symptomBlocks.map((b) => b.symptom));
  const missing = [...reaching].filter((symptom) => !given.has(symptom));
  if (missing.length > 0) say(parsed.symptomBlocks[0]!.line, `has symptom blocks but none for ${missing.join(", ")}, which also reach${missing.length === 1 ? "es" : ""} "${id}"`);
}

/**
 * A menu path must name what it was checked against and when; a date without a path, or a date
 * in the future, would claim a check that did not happen.
 */
function checkSources(parsed: ParsedStep, lineOf: (text: string) => number, say: (line: number, message: string) => void) {
  const { checked, sources = [] } = parsed.meta;
  const menuSources = sources.filter((s) => s.menu);
  if (parsed.menuPathLine !== undefined) {
    if (menuSources.length === 0) {
      say(parsed.menuPathLine, 'shows a menu path but names no source for it: add it under "sources:" with "menu: true"');
    }
    if (!checked) say(parsed.menuPathLine, 'shows a menu path but has no "checked:" date (when the path was compared with its sources)');
  } else {
    if (checked) say(lineOf("checked:"), '"checked" is set but the step shows no menu path: a date belongs only to a path that was checked');
    if (menuSources.length > 0) say(lineOf("menu: true"), '"menu: true" on a source, but the step shows no menu path');
  }
  if (checked && checked > new Date().toISOString().slice(0, 10)) {
    say(lineOf("checked:"), `"checked" is ${checked}, a date still to come: only a check that happened gets a date`);
  }
}

type SeenSources = Map<string, { file: string; key: string }>;
const describe = (source: { title: string; publisher: string; kind: string; date?: string }) => JSON.stringify([source.title, source.publisher, source.kind, source.date ?? ""]);

/** Each source's description by URL, and the first file that gives it. */
function sourcesByUrl(steps: Map<string, ParsedStep>, dir: string): SeenSources {
  const seen: SeenSources = new Map();
  for (const [id, parsed] of steps) {
    for (const source of parsed.meta.sources ?? []) if (!seen.has(source.url)) seen.set(source.url, { file: path.relative(process.cwd(), path.join(dir, `${id}.md`)), key: describe(source) });
  }
  return seen;
}

/**
 * One source, one description: the sources page lists it once, so every file must agree on it (a
 * translation with the English too, where it cites the same page).
 */
function sameSourceEverywhere(steps: Map<string, ParsedStep>, dir: string, rel: (file: string) => string, english?: SeenSources): string[] {
  const problems: string[] = [];
  const seen: SeenSources = new Map(english);
  for (const [id, parsed] of steps) {
    for (const source of parsed.meta.sources ?? []) {
      const key = describe(source);
      const first = seen.get(source.url);
      if (!first) seen.set(source.url, { file: rel(`${id}.md`), key });
      else if (first.key !== key) {
        const line = readFileSync(path.join(dir, `${id}.md`), "utf8").split("\n").findIndex((l) => l.includes(source.url)) + 1;
        problems.push(`${rel(`${id}.md`)}:${Math.max(1, line)}: source ${source.url} has a different title, publisher, kind or date in ${first.file}`);
      }
    }
  }
  return problems;
}

let content: ReturnType<typeof readAllContent> | undefined;

/** The checked content of one language (English unless asked), all languages read once per process; throws with every problem listed. */
export function contentLibrary(lang: Language = "en"): Map<string, ParsedStep> {
  content ??= readAllContent();
  if (content.problems.length > 0) throw new ContentError(content.problems);
  return lang === "en" ? content.en.steps : content.translations.get(lang)!.steps;
}

function parsedStep(id: string, lang: Language): ParsedStep {
  const parsed = contentLibrary(lang).get(id);
  if (!parsed) throw new ContentError([`content/${lang === "en" ? "" : `${lang}/`}${id}.md:1: missing`]);
  return parsed;
}

export function stepMeta(id: string, lang: Language = "en") {
  return parsedStep(id, lang).meta;
}

export function stepHtml(id: string, reader: Reader, lang: Language = "en"): string {
  return renderStep(parsedStep(id, lang), { symptomLabels: symptomLabels(lang), ...reader });
}

/** The symptom question's answer labels, which name each symptom's block where no symptom is known. */
function symptomLabels(lang: Language): Partial<Record<Symptom, string>> {
  const answers = stepMeta("symptom", lang).answers ?? {};
  return Object.fromEntries(Object.entries(answers).map(([event, label]) => [event.replace(/^symptom\./, ""), label]));
}
