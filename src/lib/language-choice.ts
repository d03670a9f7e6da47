import { languages, type Language } from "../content/languages.ts";

/**
 * The language a reader chose on this device: by the language link, or by taking or turning down
 * the start page's offer of their browser's language. Once chosen, the offer is not made again.
 */
export const choiceKey = "likes-troubleshooter:language";

const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

/**
 * The guide's language the browser puts first: the first of `navigator.languages` whose primary
 * subtag the guide is written in ("es-MX" → "es"). Languages the guide lacks are passed over.
 */
export function preferredLanguage(browser: readonly string[]): Language | undefined {
  for (const tag of browser) {
    const primary = tag.split("-")[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return undefined;
}

/** The language chosen on this device; anything unreadable counts as no choice. */
export function chosenLanguage(storage: Pick<Storage, "getItem"> | undefined): Language | undefined {
  try {
    const value = storage?.getItem(choiceKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers a choice; blocked storage only means the offer may be made again. */
export function rememberLanguage(storage: Pick<Storage, "setItem"> | undefined, lang: Language): void {
  try {
    storage?.setItem(choiceKey, lang);
  } catch {
    // Nothing is lost but the memory of the choice.
  }
}

/**
 * The language to offer on a start page in `page`'s language: the browser's preferred one when it
 * is another, unless the reader has already chosen. Never followed on its own.
 */
export function languageToOffer(page: Language, browser: readonly string[], chosen: Language | undefined): Language | undefined {
  if (chosen) return undefined;
  const preferred = preferredLanguage(browser);
  return preferred && preferred !== page ? preferred : undefined;
}
