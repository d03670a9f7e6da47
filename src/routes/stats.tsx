import type { Route } from "./+types/stats";
import { sitePage } from "@/content/page.server";
import { sitePageMeta } from "@/lib/page-meta";
import { PageHeading } from "@/components/page-heading";

/** Runs at build time: the page's public address for its preview. */
export function loader() {
  return { page: sitePage("/stats") };
}

export const meta: Route.MetaFunction = ({ loaderData }) =>
  sitePageMeta("Which fixes work", "How many readers each fix helped, counted anonymously, by phone and by symptom.", loaderData?.page);

/**
 * The figures page's frame. The server (server/outcomes/) fills the section in at each request with
 * the counts of the days asked for; what is written here is what a host with no server shows.
 * The page is not hydrated (src/entry.client.tsx): it is all in the HTML and works without JavaScript.
 */
export default function Stats() {
  return (
    <section data-page="stats" aria-labelledby="step-heading" className="space-y-6">
      <PageHeading>Which fixes work</PageHeading>
      <p className="text-lg">
        The answers are counted by the site&apos;s own server, and this copy of the site has none, so there are no figures to show here.
      </p>
    </section>
  );
}
