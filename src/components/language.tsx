import { createContext, useContext, type ReactNode } from "react";
import type { Language } from "@/content/languages";
import { uiText, type UiText } from "@/lib/ui-text";

/** English unless a page says otherwise: a page without a provider is an English page. */
const LanguageContext = createContext<Language>("en");

/** The language of the site's own words (src/lib/ui-text.ts) for everything below it. */
export function LanguageProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>;
}

/** The page's language: "en" without a provider. */
export const useLanguage = (): Language => useContext(LanguageContext);

/** The site's own words in the page's language. */
export const useUiText = (): UiText => uiText[useLanguage()];
