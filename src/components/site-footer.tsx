import { memo } from "react";
import { useGuideLinks } from "./embed-context";
import { GuideLink } from "./guide-link";
import { useUiText } from "./language";

/** Memoised: the layout renders again on every step change, and the footer never changes with it. */
export const SiteFooter = memo(function SiteFooter() {
  const { page } = useGuideLinks();
  const t = useUiText().footer;
  return (
    <footer className="border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400 print:hidden">
      <div className="mx-auto max-w-xl space-y-2 px-4 py-6">
        <p>
          <GuideLink {...page("/all-fixes")} className="underline underline-offset-2">
            {t.allFixes}
          </GuideLink>
          {t.allFixesAfter}{" "}
          <GuideLink {...page("/map")} className="underline underline-offset-2">
            {t.map}
          </GuideLink>
          {t.mapAfter}{" "}
          <GuideLink {...page("/on-your-site")} className="underline underline-offset-2">
            {t.onYourSite}
          </GuideLink>
          .
        </p>
        <p>{t.independent}</p>
        {__COUNTING__ ? (
          <p>
            {t.counting}{" "}
            <GuideLink {...page("/how-we-count")} className="underline underline-offset-2">
              {t.howWeCount}
            </GuideLink>
            {" · "}
            {/* Rendered by the server at request time: a whole page load, not a step change. */}
            <a href="/stats" hrefLang="en" className="underline underline-offset-2">
              {t.stats}
            </a>
          </p>
        ) : (
          <p>{t.notCounting}</p>
        )}
      </div>
    </footer>
  );
});
