import { GuideLink } from "@/components/guide-link";
import type { Route } from "./+types/sources";
import { allSources } from "@/content/sources.server";
import { shownDate, sitePage } from "@/content/page.server";
import { sitePageMeta } from "@/lib/page-meta";
import { PageHeading } from "@/components/page-heading";
import { useTextOf } from "@/components/language";
import { sitePagesText } from "@/lib/text/site-pages";

/** Runs at build time: the list comes from the sources named in the content files, dates written out. */
export function loader() {
  const sources = allSources().map(({ source, uses }) => ({
    source,
    dateLabel: source.date ? shownDate(source.date, "long", { day: true }) : undefined,
    uses,
  }));
  return { sources, page: sitePage("/sources") };
}

export const meta: Route.MetaFunction = ({ loaderData }) =>
  sitePageMeta(sitePagesText.en.sourcesPage.title, sitePagesText.en.sourcesPage.description, loaderData?.page);

export default function Sources({ loaderData }: Route.ComponentProps) {
  const t = useTextOf(sitePagesText).sourcesPage;
  return (
    <article aria-labelledby="step-heading" className="space-y-6">
      <PageHeading>{t.title}</PageHeading>
      <div className="prose">
        <p>{t.compared}</p>
        <p>{t.kindsExplained}</p>
      </div>
      <ul className="space-y-5">
        {loaderData.sources.map(({ source, dateLabel, uses }) => (
          <li key={source.url} className="space-y-1 border-t border-zinc-200 pt-4 dark:border-zinc-700">
            <p className="text-lg">
              <a href={source.url} rel="noreferrer" className="font-semibold underline underline-offset-2">
                {source.title}
              </a>
            </p>
            <p className="text-base text-zinc-600 dark:text-zinc-400">
              {source.publisher}
              {dateLabel ? `, ${dateLabel}` : t.undated} · {t.kinds[source.kind]}
            </p>
            <ul className="list-disc space-y-1 ps-6 text-base">
              {uses.map((use) => (
                <li key={use.id}>
                  <GuideLink to={use.href} className="underline underline-offset-2">
                    {use.title}
                  </GuideLink>
                  : {use.for}
                  {use.menu && t.menuNames}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p>
        <GuideLink to="/" className="font-semibold underline underline-offset-2">
          {t.start}
        </GuideLink>
      </p>
    </article>
  );
}
