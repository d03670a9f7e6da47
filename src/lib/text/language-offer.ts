/**
 * The start page's offer of the reader's browser language (src/components/language-offer.tsx),
 * written in the language offered: a reader whose browser prefers Spanish reads the offer in
 * Spanish on the English page. Both languages' words are small and go with the start page.
 */
import type { Language } from "@/content/languages";
import type { Text, Widen } from "../ui-text";

const en = {
  languageOffer: {
    heading: "Read this guide in English?",
    body: "Your browser prefers English. The same guide, step by step, is in English too.",
    go: "Read it in English",
    stay: "No, thanks",
  },
} as const satisfies Text;

export type LanguageOfferText = Widen<typeof en>;

const es: LanguageOfferText = {
  languageOffer: {
    heading: "¿Prefieres esta guía en español?",
    body: "Tu navegador prefiere el español. La misma guía, paso a paso, también está en español.",
    go: "Leer en español",
    stay: "No, gracias",
  },
};

export const languageOfferText: Record<Language, LanguageOfferText> = { en, es };
