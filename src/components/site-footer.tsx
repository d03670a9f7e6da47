import { memo } from "react";
import { useGuideLinks } from "./embed-context";
import { GuideLink } from "./guide-link";

/** Memoised: the layout renders again on every step change, and the footer never changes with it. */
export const SiteFooter = memo(function SiteFooter() {
  const { page } = useGuideLinks();
  return (
    <footer className="border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400 print:hidden">
      <div className="mx-auto max-w-xl space-y-2 px-4 py-6">
        <p>
          <GuideLink to="/all-fixes" {...page} className="underline underline-offset-2">
            Every fix at once
          </GuideLink>
          , on one page to read or print.{" "}
          <GuideLink to="/map" {...page} className="underline underline-offset-2">
            The whole guide as a map
          </GuideLink>
          , every step and where each answer leads.{" "}
          <GuideLink to="/on-your-site" {...page} className="underline underline-offset-2">
            Put this guide on your site
          </GuideLink>
          .
        </p>
        <p>
          An independent help page. Not affiliated with, endorsed by or connected to TikTok or ByteDance. TikTok is a
          trademark of its owner.
        </p>
        {__COUNTING__ ? (
          <p>
            No trackers, no cookies, no third-party requests. Each answer you tap is counted (the step, the answer, the day)
            to learn which fixes work; nothing that identifies you is kept, and browsers that send Global Privacy Control
            or Do Not Track are not counted.{" "}
            <GuideLink to="/how-we-count" {...page} className="underline underline-offset-2">
              How we count
            </GuideLink>
            {" · "}
            {/* Rendered by the server at request time: a whole page load, not a step change. */}
            <a href="/stats" className="underline underline-offset-2">
              Which fixes work
            </a>
          </p>
        ) : (
          <p>No trackers, no cookies, no third-party requests.</p>
        )}
      </div>
    </footer>
  );
});
