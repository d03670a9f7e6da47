import type { Language } from "@/content/languages";
import { deviceStorage } from "@/lib/device-storage";
import { rememberLanguage } from "@/lib/language-choice";
import { localHref } from "@/lib/language-path";
import { languageOfferText } from "@/lib/text/language-offer";
import { GuideLink } from "./guide-link";

/** The offer of `offered` on a start page in `page`'s language, in `offered`'s words (language-offer.tsx). */
export default function OfferPanel({ offered, page, onDone }: { offered: Language; page: Language; onDone: () => void }) {
  const t = languageOfferText[offered].languageOffer;
  const decline = () => {
    rememberLanguage(deviceStorage(), page);
    onDone();
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
          onClick={() => rememberLanguage(deviceStorage(), offered)}
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
