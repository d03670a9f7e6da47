import { useEffect, useState } from "react";
import { GuideLink } from "@/components/guide-link";
import type { Route } from "./+types/all-fixes";
import { stepHtml } from "@/content/library.server";
import { isStepHref, sitePage, stepPage } from "@/content/page.server";
import { languageOfPath, localProse } from "@/lib/language-path";
import { useGuideLinks } from "@/components/embed-context";
import { detectDevice } from "@/lib/detect-device";
import { sitePageMeta } from "@/lib/page-meta";
import { allSteps, hasTag, stateIds } from "@/wizard/steps";
import { PageHeading } from "@/components/page-heading";
import { languageOfMatches, useTextOf } from "@/components/language";
import { sitePagesText } from "@/lib/text/site-pages";

/** One phone's version of a fix (or the only one, when the advice is the same on every phone). */
interface Variant {
  device?: { id: string; label: string };
  href: string;
  url: string;
  html: string;
}

/**
 * Runs at build time: every step of the fix sequence in the machine's order, each with the words
 * its step page shows for each phone. Adding a fix to the machine and the content adds it here.
 */
export function loader({ request }: Route.LoaderArgs) {
  const lang = languageOfPath(new URL(request.url).pathname);
  const fixes = stateIds()
    .filter((id) => hasTag(id, "fix"))
    .map((id) => {
      // The first URL the walk reaches for this step on each phone (or with no phone chosen).
      const byDevice = new Map<string, Variant>();
      for (const step of allSteps().values()) {
        if (step.id !== id) continue;
        const key = step.context.device ?? "any";
        if (byDevice.has(key)) continue;
        const page = stepPage(step.href, lang)!;
        // Every symptom's own test, each under its name: this page is for any reader.
        const html = localProse(stepHtml(id, { device: step.context.device }, lang), lang, isStepHref);
        byDevice.set(key, { device: page.device, href: page.href, url: page.url, html });
      }
      const variants = [...byDevice.values()];
      // Where both phones read the same, one copy is enough.
      const distinct = variants.filter((v, i) => variants.findIndex((w) => w.html === v.html) === i);
      const first = stepPage(variants[0]!.href, lang)!;
      return { id, title: first.title, description: first.description, variants: distinct.length === 1 ? [{ ...distinct[0]!, device: undefined }] : distinct.filter((v) => v.device) };
    });
  return { fixes, page: sitePage("/all-fixes", lang) };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { lang, text } = languageOfMatches(matches);
  return sitePageMeta(sitePagesText[lang].allFixes.title, sitePagesText[lang].allFixes.description, loaderData?.page, text);
};

/** Inside a fix, the step's own headings sit one level below the phone's. */
const nested = (html: string, level: number) => html.replace(/<(\/?)h2>/g, `<$1h${level}>`);

export default function AllFixes({ loaderData }: Route.ComponentProps) {
  const t = useTextOf(sitePagesText).allFixes;
  const links = useGuideLinks();
  // The reader's phone first once the browser says which it is; the prerendered order is the walk's.
  const [detected, setDetected] = useState<string>();
  useEffect(() => setDetected(detectDevice(navigator.userAgent, navigator.maxTouchPoints)), []);
  const ordered = (variants: Variant[]) =>
    detected ? [...variants].sort((a, b) => Number(b.device?.id === detected) - Number(a.device?.id === detected)) : variants;

  return (
    <article aria-labelledby="step-heading" className="space-y-8">
      <header className="space-y-3">
        <PageHeading>{t.title}</PageHeading>
        <p className="text-lg">{t.intro}</p>
        <p className="text-base print:hidden">{t.print}</p>
      </header>
      <ol className="space-y-10">
        {loaderData.fixes.map((fix, index) => (
          <li key={fix.id} className="space-y-4 border-t border-zinc-200 pt-6 dark:border-zinc-700 print:break-inside-avoid-page">
            <h2 className="text-2xl font-bold text-zinc-950 dark:text-white">
              <span className="text-zinc-600 dark:text-zinc-400">{index + 1}. </span>
              {fix.title}
            </h2>
            <p className="text-lg">{fix.description}</p>
            {ordered(fix.variants).map((variant) => (
              <section key={variant.href} aria-label={variant.device ? `${fix.title}: ${variant.device.label}` : fix.title} className="space-y-3">
                {variant.device && <h3 className="text-xl font-semibold text-zinc-950 dark:text-white">{t.on(variant.device.label)}</h3>}
                <div className="prose" dangerouslySetInnerHTML={{ __html: nested(variant.html, variant.device ? 4 : 3) }} />
                <p>
                  <GuideLink {...links.step(variant.href)} className="font-semibold text-brand-strong underline underline-offset-2 dark:text-rose-300">
                    {t.openStep(variant.device?.label)}
                  </GuideLink>
                  <span className="hidden break-all print:inline"> ({variant.url})</span>
                </p>
              </section>
            ))}
          </li>
        ))}
      </ol>
    </article>
  );
}
