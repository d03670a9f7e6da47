import type { Route } from "./+types/stats";
import { sitePage } from "@/content/page.server";
import { sitePageMeta } from "@/lib/page-meta";
import { PageHeading } from "@/components/page-heading";
import { STATS_TITLE, StatsSection } from "@/components/stats/stats-section";

/** Runs at build time: the page's public address for its preview. */
export function loader() {
  return { page: sitePage("/stats") };
}

export const meta: Route.MetaFunction = ({ loaderData }) =>
  sitePageMeta(STATS_TITLE, "How many readers each fix helped, counted anonymously, by phone and by symptom.", loaderData?.page);

/**
 * The figures page's frame. At each request the server (server/stats.js) replaces its section with
 * the figures of the days asked for (StatsPage); what is written here is what a host with no server
 * shows. The page is not hydrated (src/entry.client.tsx): it is all in the HTML and works without JavaScript.
 */
export default function Stats() {
  return (
    <StatsSection>
      <PageHeading>{STATS_TITLE}</PageHeading>
      <p className="text-lg">
        The answers are counted by the site&apos;s own server, and this copy of the site has none, so there are no figures to show here.
      </p>
    </StatsSection>
  );
}
