import { useEffect, useState } from "react";
import type { Language } from "@/content/languages";
import { chosenLanguage, languageToOffer, rememberLanguage } from "@/lib/language-choice";
import { localHref } from "@/lib/language-path";
import { languageOfferText } from "@/lib/text/language-offer";
import { GuideLink } from "./guide-link";
import { useIsEmbed } from "./embed-context";
import { useLanguage } from "./language";

const storage = () => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/**
 * On a start page, the guide in the language the reader's browser prefers, when that is another
 * of the guide's languages: an offer in that language, never a redirect. Taking it or saying no
 * is remembered on this device (so is the header's language link), and nothing is offered again.
 * Shown once the page runs, as it depends on the browser; not in another site's frame, whose
 * page chose the language (data-lang).
 */
export function LanguageOffer() {
  const page = useLanguage();
  const embed = useIsEmbed();
  const [offered, setOffered] = useState<Language>();
  useEffect(() => {
    if (!embed) setOffered(languageToOffer(page, navigator.languages ?? [navigator.language], chosenLanguage(storage())));
  }, [page, embed]);
  if (!offered) return null;
  const t = languageOfferText[offered].languageOffer;
  const decline = () => {
    rememberLanguage(storage(), page);
    setOffered(undefined);
    // The button goes away under the focus: the step's heading takes it, as on a step change.
    document.getElementById("step-heading")?.focus();
  };
  return (
    <aside lang={offered} aria-labelledby="language-offer-heading" className="space-y-3 rounded-2xl border-2 border-brand-strong p-4">
      <h2 id="language-offer-heading" className="text-lg font-semibold text-zinc-950 dark:text-white">
        {t.heading}
      </h2>
      <p>{t.body}</p>
      <div className="flex flex-wrap gap-3">
        <GuideLink
          to={localHref("/", offered)}
          hrefLang={offered}
          onClick={() => rememberLanguage(storage(), offered)}
          className="inline-flex min-h-12 items-center rounded-xl bg-brand-strong px-5 font-semibold text-white hover:bg-brand"
        >
          {t.go}
        </GuideLink>
        <button
          type="button"
          onClick={decline}
          className="inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-zinc-700 underline-offset-2 hover:underline dark:text-zinc-300"
        >
          {t.stay}
        </button>
      </div>
    </aside>
  );
}
