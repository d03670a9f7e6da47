import { createContext, useContext, type ReactNode } from "react";
import type { Language } from "@/content/languages";
import { en, type UiText } from "@/lib/ui-text";

interface PageLanguage {
  lang: Language;
  text: UiText;
}

/** English unless a page says otherwise: a page without a provider is an English page. */
const LanguageContext = createContext<PageLanguage>({ lang: "en", text: en });

/**
 * The language of the site's own words for everything below it. The page passes its language's
 * texts (src/lib/ui-text-es.ts for Spanish), so a page carries only its own language's words.
 */
export function LanguageProvider({ lang, text, children }: PageLanguage & { children: ReactNode }) {
  return <LanguageContext.Provider value={{ lang, text }}>{children}</LanguageContext.Provider>;
}

/** The page's language: "en" without a provider. */
export const useLanguage = (): Language => useContext(LanguageContext).lang;

/** The site's own words in the page's language. */
export const useUiText = (): UiText => useContext(LanguageContext).text;

/** A part's own words (src/lib/text/), in the page's language: loaded with that part's code only. */
export const useTextOf = <T,>(texts: Record<Language, T>): T => texts[useLanguage()];
