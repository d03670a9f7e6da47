import { readLibrary } from "../../src/content/library.server.ts";
import type { EventType } from "../../src/wizard/steps.ts";

const { steps } = readLibrary();

/** The words the page shows, read from the same content files the build uses. */
export function titleOf(id: string): string {
  const title = steps.get(id)?.meta.title;
  if (!title) throw new Error(`no title for step "${id}"`);
  return title;
}

export function labelOf(id: string, event: EventType): string {
  const label = steps.get(id)?.meta.answers?.[event];
  if (!label) throw new Error(`no label for "${event}" on step "${id}"`);
  return label;
}

export function questionOf(id: string): string {
  const question = steps.get(id)?.meta.question;
  if (!question) throw new Error(`no question on step "${id}"`);
  return question;
}
