import type { SourceLink, StepPage } from "@/content/page.server";
import { useGuideLinks, useIsEmbed } from "./embed-context";
import { MenuFlag } from "./menu-flag";
import { GuideLink } from "./guide-link";

/** "Adweek, Feb 2023": publisher and the page's own date, linked to the page. */
function SourceList({ sources }: { sources: SourceLink[] }) {
  return sources.map((source, i) => (
    <span key={source.url}>
      {i > 0 && (i === sources.length - 1 ? " and " : ", ")}
      <a href={source.url} rel="noreferrer" className="underline underline-offset-2" title={source.title}>
        {source.publisher}, {source.dateLabel}
      </a>
    </span>
  ));
}

/** What a step's menu names were checked against and when, and where its facts come from. */
export function StepSources({ href, menuCheck, sources }: Pick<StepPage, "href" | "menuCheck" | "sources">) {
  const links = useGuideLinks();
  const embed = useIsEmbed();
  if (!menuCheck && sources.length === 0) return null;
  return (
    <div className="space-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      {menuCheck?.stale && (
        <p className="font-semibold text-zinc-800 dark:text-zinc-200">
          These menu names were last checked in <time dateTime={menuCheck.date}>{menuCheck.dateLabel}</time>, over a year ago:
          TikTok may have changed its menus since.
        </p>
      )}
      {menuCheck && (
        <p>
          {menuCheck.guidesOnly && "Menu names reported by guides only, not by TikTok or the press: names may differ. "}
          Menu names checked against <SourceList sources={menuCheck.sources} />, in{" "}
          <time dateTime={menuCheck.date}>{menuCheck.dateLabel}</time>. Not checked in the app
          itself: if a name differs in yours, look for the nearest match.
        </p>
      )}
      {/* Counted by the site's own server: not on a static host, nor inside another site's frame. */}
      {menuCheck && __COUNTING__ && !embed && <MenuFlag href={href} />}
      {sources.length > 0 && (
        <p>
          Facts on this page: <SourceList sources={sources} />.
        </p>
      )}
      <p>
        <GuideLink to="/sources" {...links.page} className="underline underline-offset-2">
          Every source this guide uses
        </GuideLink>
      </p>
    </div>
  );
}
