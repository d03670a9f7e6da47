import { readAllContent } from "../../src/content/library.server.ts";
import type { Language } from "../../src/content/languages.ts";
import type { EventType } from "../../src/wizard/steps.ts";

const content = readAllContent();
const stepsIn = (lang: Language) => (lang === "en" ? content.en.steps : content.translations.get(lang)!.steps);

/** The words the page shows, read from the same content files the build uses (English unless asked). */
export function titleOf(id: string, lang: Language = "en"): string {
  const title = stepsIn(lang).get(id)?.meta.title;
  if (!title) throw new Error(`no title for step "${id}" in ${lang}`);
  return title;
}

export function labelOf(id: string, event: EventType, lang: Language = "en"): string {
  const label = stepsIn(lang).get(id)?.meta.answers?.[event];
  if (!label) throw new Error(`no label for "${event}" on step "${id}" in ${lang}`);
  return label;
}

export function questionOf(id: string, lang: Language = "en"): string {
  const question = stepsIn(lang).get(id)?.meta.question;
  if (!question) throw new Error(`no question on step "${id}" in ${lang}`);
  return question;
}
