import { expect, type FrameLocator, type Page } from "@playwright/test";
import type { Language } from "../../src/content/languages.ts";
import type { EventType } from "../../src/wizard/steps.ts";
import { en } from "../../src/lib/ui-text.ts";
import { es } from "../../src/lib/ui-text-es.ts";
import { labelOf, questionOf, titleOf } from "./content.ts";

const uiText = { en, es };

/** A page, or the guide inside another site's frame (e2e/embed.spec.ts). */
type Surface = Page | FrameLocator;

export async function expectStep(page: Surface, id: string, lang: Language = "en") {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleOf(id, lang));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The answer's link; its name may go on after the label (a "This phone" badge). */
export function answerLink(page: Surface, from: string, event: EventType, lang: Language = "en") {
  return page
    .getByRole("region", { name: questionOf(from, lang) })
    .getByRole("link", { name: new RegExp(`^${escape(labelOf(from, event, lang))}(\\s|$)`) });
}

/**
 * Holds back every script the page asks for until the returned function is called: the page as a
 * reader on a slow connection has it between its first paint and its scripts' arrival.
 */
export async function holdScripts(page: Page) {
  let release = () => {};
  const held = new Promise<void>((go) => (release = go));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Waits until the page runs its JavaScript, as a reader sees it: the share buttons appear (they
 * are kept hidden until then). A tap before that is a plain link followed by a whole page load.
 */
export async function interactive(page: Surface, lang: Language = "en") {
  await expect(page.getByRole("button", { name: uiText[lang].share.share })).toBeVisible();
}

/** Answers the question on step `from` the way a person would: by tapping the labelled answer. */
export async function answer(page: Surface, from: string, event: EventType, lang: Language = "en") {
  await expectStep(page, from, lang);
  await answerLink(page, from, event, lang).click();
}
