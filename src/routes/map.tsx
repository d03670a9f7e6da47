import { Fragment } from "react";
import { GuideLink } from "@/components/guide-link";
import type { Route } from "./+types/map";
import { GuideMap } from "@/components/guide-map";
import { guideGraph, layoutGraph } from "@/content/map.server";
import { sitePage } from "@/content/page.server";
import { sitePageMeta } from "@/lib/page-meta";
import { PageHeading } from "@/components/page-heading";
import { useGuideLinks } from "@/components/embed-context";
import { languageOfMatches, useTextOf } from "@/components/language";
import { languageOfPath, localHref } from "@/lib/language-path";
import { sitePagesText } from "@/lib/text/site-pages";

/**
 * Runs at build time: the machine's states and transitions in the content's words, laid out by
 * ELK into plain numbers. Adding a step to the machine and the content adds it here.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const lang = languageOfPath(new URL(request.url).pathname);
  const graph = guideGraph(lang);
  const steps = graph.nodes.map(({ id, title, href }) => ({
    id,
    title,
    href,
    answers: graph.answers.filter((a) => a.from === id).map(({ event, label, to }) => ({ event, label, to })),
  }));
  const layout = await layoutGraph(graph);
  // The diagram's boxes are plain links: each leads to its step in the page's language.
  layout.nodes = layout.nodes.map((node) => ({ ...node, href: localHref(node.href, lang) }));
  return { layout, steps, page: sitePage("/map", lang) };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const t = sitePagesText[languageOfMatches(matches).lang].map;
  return sitePageMeta(t.title, t.description, loaderData?.page, languageOfMatches(matches).text);
};

const linkClass = "font-semibold text-brand-strong underline underline-offset-2 dark:text-rose-300";

export default function GuideMapPage({ loaderData }: Route.ComponentProps) {
  const { layout, steps } = loaderData;
  const t = useTextOf(sitePagesText).map;
  const links = useGuideLinks();
  const step = (id: string) => steps.find((s) => s.id === id)!;
  return (
    <article aria-labelledby="step-heading" className="space-y-8">
      <header className="space-y-3">
        <PageHeading>{t.title}</PageHeading>
        <p className="text-lg">{t.intro}</p>
      </header>
      <section aria-labelledby="diagram-heading" className="space-y-3">
        <h2 id="diagram-heading" className="text-2xl font-bold text-zinc-950 dark:text-white">
          {t.diagramHeading}
        </h2>
        <p>{t.diagramHelp}</p>
        <GuideMap layout={layout} label={t.diagramLabel} />
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-2xl font-bold text-zinc-950 dark:text-white">
          {t.listHeading}
        </h2>
        <ul className="space-y-4">
          {steps.map((s) => (
            <li key={s.id} className="space-y-1 border-t border-zinc-200 pt-3 dark:border-zinc-700">
              <p className="text-lg">
                <GuideLink {...links.step(s.href)} className={linkClass}>
                  {s.title}
                </GuideLink>
              </p>
              {s.answers.length > 0 ? (
                <ul className="list-disc space-y-1 ps-6">
                  {s.answers.map((a) => (
                    <li key={a.event}>
                      {a.label} →{" "}
                      {a.to.map((id, i) => (
                        <Fragment key={id}>
                          {i > 0 && t.or}
                          <GuideLink {...links.step(step(id).href)} className="underline underline-offset-2">
                            {step(id).title}
                          </GuideLink>
                        </Fragment>
                      ))}
                      {a.to.length > 1 && t.dependingOnWay}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-zinc-600 dark:text-zinc-400">{t.ends}</p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
