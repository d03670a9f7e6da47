import { Fragment } from "react";
import { GuideLink } from "@/components/guide-link";
import type { Route } from "./+types/map";
import { GuideMap } from "@/components/guide-map";
import { guideGraph, layoutGraph } from "@/content/map.server";
import { sitePage } from "@/content/page.server";
import { sitePageMeta } from "@/lib/page-meta";
import { PageHeading } from "@/components/page-heading";

const title = "The whole guide as a map";
const description = "Every step of the guide and where each answer leads, as a diagram and as a list.";

/**
 * Runs at build time: the machine's states and transitions in the content's words, laid out by
 * ELK into plain numbers. Adding a step to the machine and the content adds it here.
 */
export async function loader() {
  const graph = guideGraph();
  const steps = graph.nodes.map(({ id, title, href }) => ({
    id,
    title,
    href,
    answers: graph.answers.filter((a) => a.from === id).map(({ event, label, to }) => ({ event, label, to })),
  }));
  return { layout: await layoutGraph(graph), steps, page: sitePage("/map") };
}

export const meta: Route.MetaFunction = ({ loaderData }) => sitePageMeta(title, description, loaderData?.page);

const linkClass = "font-semibold text-brand-strong underline underline-offset-2 dark:text-rose-300";

export default function GuideMapPage({ loaderData }: Route.ComponentProps) {
  const { layout, steps } = loaderData;
  const step = (id: string) => steps.find((s) => s.id === id)!;
  return (
    <article aria-labelledby="step-heading" className="space-y-8">
      <header className="space-y-3">
        <PageHeading>{title}</PageHeading>
        <p className="text-lg">
          Every step of the guide and where each answer leads, from the first question to a fix, an explanation or a report
          to TikTok. Each box opens its step.
        </p>
      </header>
      <section aria-labelledby="diagram-heading" className="space-y-3">
        <h2 id="diagram-heading" className="text-2xl font-bold text-zinc-950 dark:text-white">
          The diagram
        </h2>
        <p>
          Read it from the top. Fixes have a thick outline, explanations a dashed one, and the endings a grey fill. Left out
          to keep it readable: the links on a fix or on the report that show the same step for the other phone. On a small
          screen, the diagram scrolls sideways; the list below says the same in words.
        </p>
        <GuideMap layout={layout} label="The diagram, scrolls sideways" />
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-2xl font-bold text-zinc-950 dark:text-white">
          Every step, and where each answer leads
        </h2>
        <ul className="space-y-4">
          {steps.map((s) => (
            <li key={s.id} className="space-y-1 border-t border-zinc-200 pt-3 dark:border-zinc-700">
              <p className="text-lg">
                <GuideLink to={s.href} className={linkClass}>
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
                          {i > 0 && ", or "}
                          <GuideLink to={step(id).href} className="underline underline-offset-2">
                            {step(id).title}
                          </GuideLink>
                        </Fragment>
                      ))}
                      {a.to.length > 1 && ", depending on the way here"}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-zinc-600 dark:text-zinc-400">The guide ends here.</p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
