import { useEffect, useState } from "react";
import type { Route } from "./+types/on-your-site";
import type { Language } from "@/content/languages";
import { publicOrigin, sitePage, stepPage } from "@/content/page.server";
import { sitePageMeta } from "@/lib/page-meta";
import { languageOfPath } from "@/lib/language-path";
import { PageHeading } from "@/components/page-heading";
import { languageOfMatches, useLanguage, useTextOf, useUiText } from "@/components/language";
import { OnYourSiteEn } from "@/components/on-your-site/prose-en";
import { OnYourSiteEs } from "@/components/on-your-site/prose-es";
import { snippets } from "@/components/on-your-site/snippets";
import { sitePagesText } from "@/lib/text/site-pages";

/**
 * Runs at build time: a frame can open at the start or, for a page about one problem, at the first
 * step for that problem: the symptom question's answers, from the machine, in the page's language.
 */
export function loader({ request }: Route.LoaderArgs) {
  const lang = languageOfPath(new URL(request.url).pathname);
  const symptom = stepPage(stepPage("/")!.answers[0]!.href, lang)!;
  if (!symptom.question) throw new Error(`${symptom.id}: the step after the start page has no question for site owners to skip`);
  return {
    origin: publicOrigin,
    page: sitePage("/on-your-site", lang),
    question: symptom.question,
    starts: symptom.answers.map(({ label, href }) => ({ label, href })),
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { lang, text } = languageOfMatches(matches);
  return sitePageMeta(sitePagesText[lang].onYourSite.title, sitePagesText[lang].onYourSite.description, loaderData?.page, text);
};

/** The prose in each language (components/on-your-site/): the Spanish page's snippets open the guide in Spanish. */
const prose = { en: OnYourSiteEn, es: OnYourSiteEs } satisfies Record<Language, unknown>;

export default function OnYourSite({ loaderData }: Route.ComponentProps) {
  const t = useTextOf(sitePagesText).onYourSite;
  const lang = useLanguage();
  const siteName = useUiText().nav.siteName;
  // Prerendered with the public address; in the browser, wherever this copy of the site is served.
  const [origin, setOrigin] = useState(loaderData.origin);
  useEffect(() => setOrigin(window.location.origin), []);
  const Prose = prose[lang];
  return (
    <article aria-labelledby="step-heading" className="space-y-6">
      <PageHeading>{t.title}</PageHeading>
      <Prose snippets={snippets(origin, lang, siteName)} question={loaderData.question} starts={loaderData.starts} />
    </article>
  );
}
