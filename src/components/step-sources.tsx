import type { SourceLink, StepPage } from "@/content/page.server";
import { useGuideLinks, useIsEmbed } from "./embed-context";
import { MenuFlag } from "./menu-flag";
import { GuideLink } from "./guide-link";
import { useUiText } from "./language";

/** "Adweek, Feb 2023": publisher and the page's own date, linked to the page. */
function SourceList({ sources }: { sources: SourceLink[] }) {
  const t = useUiText().sources;
  return sources.map((source, i) => (
    <span key={source.url}>
      {i > 0 && (i === sources.length - 1 ? t.and(source.publisher) : ", ")}
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
  const t = useUiText().sources;
  if (!menuCheck && sources.length === 0) return null;
  return (
    <div className="space-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      {menuCheck?.stale && (
        <p className="font-semibold text-zinc-800 dark:text-zinc-200">
          {t.staleBefore}
          <time dateTime={menuCheck.date}>{menuCheck.dateLabel}</time>
          {t.staleAfter}
        </p>
      )}
      {menuCheck && (
        <p>
          {menuCheck.guidesOnly && t.guidesOnly}
          {t.checkedBefore}
          <SourceList sources={menuCheck.sources} />
          {t.checkedMiddle}{" "}
          <time dateTime={menuCheck.date}>{menuCheck.dateLabel}</time>
          {t.checkedAfter}
        </p>
      )}
      {/* Counted by the site's own server: not on a static host, nor inside another site's frame. */}
      {menuCheck && __COUNTING__ && !embed && <MenuFlag href={href} />}
      {sources.length > 0 && (
        <p>
          {t.factsBefore}
          <SourceList sources={sources} />.
        </p>
      )}
      <p>
        <GuideLink {...links.page("/sources")} className="underline underline-offset-2">
          {t.allSources}
        </GuideLink>
      </p>
    </div>
  );
}
