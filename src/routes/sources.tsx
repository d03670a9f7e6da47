import { GuideLink } from "@/components/guide-link";
import type { Route } from "./+types/sources";
import { allSources } from "@/content/sources.server";
import { shownDate, sitePage } from "@/content/page.server";
import { sitePageMeta } from "@/lib/page-meta";
import { PageHeading } from "@/components/page-heading";
import { useGuideLinks } from "@/components/embed-context";
import { languageOfMatches, useTextOf } from "@/components/language";
import { languageOfPath } from "@/lib/language-path";
import { sitePagesText } from "@/lib/text/site-pages";

/** Runs at build time: the list comes from the sources named in the content files, dates written out. */
export function loader({ request }: Route.LoaderArgs) {
  const lang = languageOfPath(new URL(request.url).pathname);
  const sources = allSources(lang).map(({ source, uses }) => ({
    source,
    dateLabel: source.date ? shownDate(source.date, "long", { day: true, lang }) : undefined,
    uses,
  }));
  return { sources, page: sitePage("/sources", lang) };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { lang, text } = languageOfMatches(matches);
  return sitePageMeta(sitePagesText[lang].sourcesPage.title, sitePagesText[lang].sourcesPage.description, loaderData?.page, text);
};

export default function Sources({ loaderData }: Route.ComponentProps) {
  const t = useTextOf(sitePagesText).sourcesPage;
  const links = useGuideLinks();
  return (
    <article aria-labelledby="step-heading" className="space-y-6">
      <PageHeading>{t.title}</PageHeading>
      <div className="prose">
        <p>{t.compared}</p>
        <p>{t.kindsExplained}</p>
      </div>
      <ul className="space-y-5">
        {loaderData.sources.map(({ source, dateLabel, uses }) => (
          <li key={source.url} className="space-y-1 border-t border-zinc-200 pt-4 wrap-break-word dark:border-zinc-700">
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
                  <GuideLink {...links.step(use.href)} className="underline underline-offset-2">
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
        <GuideLink {...links.step("/")} className="font-semibold underline underline-offset-2">
          {t.start}
        </GuideLink>
      </p>
    </article>
  );
}
