import { lazy, Suspense, useEffect, useState } from "react";
import type { Language } from "@/content/languages";
import { deviceStorage } from "@/lib/device-storage";
import { chosenLanguage, languageToOffer } from "@/lib/language-choice";
import { useIsEmbed } from "./embed-context";
import { useLanguage } from "./language";

/** The offer itself, with both languages' words: loaded only for a reader it is made to. */
const OfferPanel = lazy(() => import("./language-offer-panel"));

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
    if (!embed) setOffered(languageToOffer(page, navigator.languages ?? [navigator.language], chosenLanguage(deviceStorage())));
  }, [page, embed]);
  if (!offered) return null;
  return (
    <Suspense fallback={null}>
      <OfferPanel offered={offered} page={page} onDone={() => setOffered(undefined)} />
    </Suspense>
  );
}
