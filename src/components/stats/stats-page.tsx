// The figures page (/stats). Its frame is prerendered (src/routes/stats.tsx) and the server
// renders StatsPage in place of the frame's StatsSection at each request (src/render-stats.server.tsx),
// so the page is all in the HTML: it works without JavaScript and is never hydrated.
import { PageHeading } from "@/components/page-heading";
import { allFigures, fixesOf, rangeSearch, rangeWords, type Labels, type MenuFlagCount, type Summary } from "@/lib/stats-figures";
import { FixSection } from "./fix-section";
import { LiveHours, type LiveProblem } from "./live-hours";
import { trackWidth } from "./fix-chart";
import { MenuFlags } from "./menu-flags";
import { OtherSteps } from "./other-steps";
import { RangeForm } from "./range-form";
import { STATS_TITLE, StatsSection } from "./stats-section";

export type StatsPageProps = {
  summary: Summary;
  labels: Labels;
  /** The first and last day with answers, which bound the date pickers. */
  days?: { first: string; last: string };
  /** The menu flags of the last `flagWeeks` weeks. */
  flags: MenuFlagCount[];
  flagWeeks: number;
  /** What was wrong with the days asked for; every day is shown instead. */
  error?: string;
  /** Reports of each problem in the last 48 hours against the usual (the live level's counts). */
  live?: LiveProblem[];
};

export function StatsPage({ summary, labels, days, flags, flagWeeks, error, live = [] }: StatsPageProps) {
  const fixes = fixesOf(summary, labels);
  const heading = (
    <>
      <PageHeading>{STATS_TITLE}</PageHeading>
      {error && <p role="alert" className="text-lg font-semibold text-brand-strong dark:text-rose-300">{error} Showing every day instead.</p>}
    </>
  );
  const form = <RangeForm from={summary.from} to={summary.to} days={days} />;
  const menuFlags = (
    <>
      <LiveHours problems={live} />
      <MenuFlags rows={flags} labels={labels} weeks={flagWeeks} />
    </>
  );

  if (fixes.every((f) => f.all.answered === 0)) {
    return (
      <StatsSection>
        <article aria-labelledby="step-heading" className="space-y-6">
          {heading}
          <p className="text-lg">No answers to any fix were counted{rangeWords(summary.from, summary.to)}.</p>
          {form}
          {menuFlags}
        </article>
      </StatsSection>
    );
  }

  const track = trackWidth(allFigures(fixes));
  const search = rangeSearch(summary);
  const link = "font-semibold text-brand-strong underline underline-offset-2 dark:text-rose-300";
  return (
    <StatsSection>
      <article aria-labelledby="step-heading" className="space-y-8">
        <div className="space-y-4">
          {heading}
          <p className="text-lg">
            For each fix, the share of readers who answered “Yes, it works now” after trying it, counted anonymously. The 95% interval is the
            range the true share most likely lies in: it is wide when few people answered.
          </p>
          {form}
          <p className="flex flex-wrap gap-x-4 text-base">
            <a href={`/api/outcomes/summary.csv${search}`} className={link}>
              Download CSV
            </a>
            <a href={`/api/outcomes/summary${search}`} className={link}>
              JSON
            </a>
          </p>
        </div>
        {fixes.map((fix) => (
          <FixSection key={fix.step} fix={fix} track={track} />
        ))}
        <OtherSteps steps={summary.steps.filter((s) => !s.fix)} labels={labels} />
        {menuFlags}
      </article>
    </StatsSection>
  );
}
