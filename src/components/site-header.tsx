import { memo } from "react";
import { useGuideLinks } from "./embed-context";
import { GuideLink } from "./guide-link";
import { LanguageLinks } from "./language-link";
import { useUiText } from "./language";

/** Memoised: the layout renders again on every step change; only the language links follow it. */
export const SiteHeader = memo(function SiteHeader() {
  const links = useGuideLinks();
  const t = useUiText().nav;
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-700 print:hidden">
      <div className="mx-auto flex max-w-xl flex-wrap items-center justify-between gap-x-4 px-4 py-3">
        <GuideLink {...links.step("/")} className="flex items-center gap-2 font-semibold text-zinc-900 dark:text-white">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 fill-brand">
            <path d="M12 21s-7.5-4.6-9.6-9.1C.9 8.6 3 5 6.5 5c2 0 3.5 1 5.5 3 2-2 3.5-3 5.5-3C21 5 23.1 8.6 21.6 11.9 19.5 16.4 12 21 12 21z" />
          </svg>
          {t.siteName}
        </GuideLink>
        <LanguageLinks />
      </div>
    </header>
  );
});
