import { useLocation } from "react-router";
import { languages, type Language } from "@/content/languages";
import { englishHref, languageNames, samePageIn } from "@/lib/language-path";
import { sitePages } from "@/lib/site-pages";
import { siteHref } from "@/lib/embed";
import { deviceStorage } from "@/lib/device-storage";
import { rememberLanguage } from "@/lib/language-choice";
import { useHydrated } from "@/lib/use-hydrated";
import { useIsEmbed } from "./embed-context";
import { GuideLink } from "./guide-link";
import { useLanguage } from "./language";

/** The pages made in English only (the figures page), which have no other language to link to. */
const englishOnly = new Set<string>(sitePages.filter((page) => !page.translated).map((page) => page.path));

/** A language the reader picked is the one the start page does not offer to change (language-offer.tsx). */
const rememberChoice = (lang: Language) => rememberLanguage(deviceStorage(), lang);

/**
 * The page the reader is on, in each other language: the same step, the query kept, each
 * language's name in itself (src/lib/language-path.ts). Never followed on its own.
 */
export function LanguageLinks() {
  const { pathname, search } = useLocation();
  const lang = useLanguage();
  const embed = useIsEmbed();
  // The query (a frame's colour scheme, a shared link's tags) once the page runs: the prerendered
  // page has none, and hydration must find the link as it was drawn.
  const query = useHydrated() ? search : "";
  if (englishOnly.has(englishHref(siteHref(pathname)))) return null;
  return (
    <p className="flex gap-3 text-sm">
      {languages
        .filter((other) => other !== lang)
        .map((other) => (
          <GuideLink
            key={other}
            to={samePageIn(pathname, other) + query}
            {...(embed && { target: "_self" })}
            lang={other}
            hrefLang={other}
            onClick={() => rememberChoice(other)}
            className="rounded px-1 py-1 font-semibold text-brand-strong underline underline-offset-2 dark:text-rose-300"
          >
            {languageNames[other]}
          </GuideLink>
        ))}
    </p>
  );
}
