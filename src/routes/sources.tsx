import { GuideLink } from "@/components/guide-link";
import type { Route } from "./+types/sources";
import { allSources } from "@/content/sources.server";
import { shownDate, sitePage } from "@/content/page.server";
import { sitePageMeta } from "@/lib/page-meta";
import { PageHeading } from "@/components/page-heading";

const title = "Where this guide's advice comes from";
const description = "Every source behind the guide's menu paths and facts, with the steps that rely on each one.";

/** Runs at build time: the list comes from the sources named in the content files, dates written out. */
/** What each kind of source is, in the reader's words. */
const kindWords = { official: "official (TikTok, Apple or Google)", press: "press", guide: "guide (not official, not press)" } as const;

export function loader() {
  const sources = allSources().map(({ source, uses }) => ({
    source,
    dateLabel: source.date ? shownDate(source.date, "long", { day: true }) : undefined,
    uses,
  }));
  return { sources, page: sitePage("/sources") };
}

export const meta: Route.MetaFunction = ({ loaderData }) => sitePageMeta(title, description, loaderData?.page);

export default function Sources({ loaderData }: Route.ComponentProps) {
  return (
    <article aria-labelledby="step-heading" className="space-y-6">
      <PageHeading>{title}</PageHeading>
      <div className="prose">
        <p>
          Menu names were compared with these pages, not with the TikTok app itself, and TikTok renames things now and then.
          Each step says which pages its menu names come from and when they were compared.
        </p>
        <p>
          Each source is marked official (TikTok, Apple or Google), press (a news or trade outlet) or guide (anyone else, such as a
          how-to site or a charity). Where only guides give a menu&apos;s names, the step says so.
        </p>
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
              {dateLabel ? `, ${dateLabel}` : ", undated"} · {kindWords[source.kind]}
            </p>
            <ul className="list-disc space-y-1 ps-6 text-base">
              {uses.map((use) => (
                <li key={use.id}>
                  <GuideLink to={use.href} className="underline underline-offset-2">
                    {use.title}
                  </GuideLink>
                  : {use.for}
                  {use.menu && " (menu names)"}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p>
        <GuideLink to="/" className="font-semibold underline underline-offset-2">
          Start the troubleshooter
        </GuideLink>
      </p>
    </article>
  );
}
