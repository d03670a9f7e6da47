import type { Route } from "./+types/how-we-count";
import type { Language } from "@/content/languages";
import { HowWeCountEn } from "@/components/how-we-count/prose-en";
import { HowWeCountEs } from "@/components/how-we-count/prose-es";
import { languageOfPath } from "@/lib/language-path";
import { sitePage } from "@/content/page.server";
import { sitePageMeta } from "@/lib/page-meta";
import { PageHeading } from "@/components/page-heading";
import { languageOfMatches, useLanguage, useTextOf } from "@/components/language";
import { sitePagesText } from "@/lib/text/site-pages";
import { EVIDENCE, RULE } from "../../server/outcomes/level.js";

/** Runs at build time: the page's public address for its preview. */
export function loader({ request }: Route.LoaderArgs) {
  return { page: sitePage("/how-we-count", languageOfPath(new URL(request.url).pathname)), rule: RULE, evidence: EVIDENCE };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { lang, text } = languageOfMatches(matches);
  return sitePageMeta(sitePagesText[lang].howWeCount.title, sitePagesText[lang].howWeCount.description, loaderData?.page, text);
};

/** The prose in each language (both small; a page in one language draws only its own). */
const prose = { en: HowWeCountEn, es: HowWeCountEs } satisfies Record<Language, unknown>;

/**
 * The privacy page the footer links to. It describes this site's own behaviour (server/outcomes/,
 * src/lib/outcomes.ts), with the server's own figures, in each language's prose (components/how-we-count/).
 */
export default function HowWeCount({ loaderData: { rule, evidence } }: Route.ComponentProps) {
  const t = useTextOf(sitePagesText).howWeCount;
  const Prose = prose[useLanguage()];
  return (
    <article aria-labelledby="step-heading" className="space-y-6">
      <PageHeading>{t.title}</PageHeading>
      <Prose rule={rule} evidence={evidence} />
    </article>
  );
}
