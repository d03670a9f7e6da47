import { createContext, useContext } from "react";
import type { Language } from "@/content/languages";
import { en, type UiText } from "@/lib/ui-text";

export interface PageLanguage {
  lang: Language;
  text: UiText;
}

const english: PageLanguage = { lang: "en", text: en };

/** English unless a page says otherwise: a page without a provider is an English page. */
const LanguageContext = createContext<PageLanguage>(english);

/**
 * A page's language, from its routes: the parent route of another language's pages says so in its
 * `handle` (src/routes/language.tsx); any other page is English. Works on the router's matches and
 * on a meta function's.
 */
export function languageOfMatches(matches: ReadonlyArray<{ handle?: unknown } | undefined>): PageLanguage {
  for (const match of matches) {
    const handle = match?.handle as { language?: PageLanguage } | undefined;
    if (handle?.language) return handle.language;
  }
  return english;
}

/** The language of the site's own words for everything below it (the root layout's, from `languageOfMatches`). */
export const LanguageProvider = LanguageContext.Provider;

/** The page's language: "en" without a provider. */
export const useLanguage = (): Language => useContext(LanguageContext).lang;

/** The site's own words in the page's language. */
export const useUiText = (): UiText => useContext(LanguageContext).text;

/** A part's own words (src/lib/text/), in the page's language: loaded with that part's code only. */
export const useTextOf = <T,>(texts: Record<Language, T>): T => texts[useLanguage()];
