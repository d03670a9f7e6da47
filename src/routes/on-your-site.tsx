import { useEffect, useState } from "react";
import { GuideLink } from "@/components/guide-link";
import type { Route } from "./+types/on-your-site";
import { publicOrigin, sitePage, stepPage } from "@/content/page.server";
import { siteName, sitePageMeta } from "@/lib/page-meta";
import { useHydrated } from "@/lib/use-hydrated";
import { PageHeading } from "@/components/page-heading";
import { useTextOf } from "@/components/language";
import { sitePagesText } from "@/lib/text/site-pages";

/**
 * Runs at build time: a frame can open at the start or, for a page about one problem, at the first
 * step for that problem: the symptom question's answers, from the machine.
 */
export function loader() {
  const symptom = stepPage(stepPage("/")!.answers[0]!.href)!;
  return {
    origin: publicOrigin,
    page: sitePage("/on-your-site"),
    question: symptom.question,
    starts: symptom.answers.map(({ label, href }) => ({ label, href })),
  };
}

export const meta: Route.MetaFunction = ({ loaderData }) =>
  sitePageMeta(sitePagesText.en.onYourSite.title, sitePagesText.en.onYourSite.description, loaderData?.page);

/** Its title and buttons are in src/lib/ui-text.ts; the prose is English for now. */
export default function OnYourSite({ loaderData }: Route.ComponentProps) {
  const t = useTextOf(sitePagesText).onYourSite;
  // Prerendered with the public address; in the browser, wherever this copy of the site is served.
  const [origin, setOrigin] = useState(loaderData.origin);
  useEffect(() => setOrigin(window.location.origin), []);
  const script = `<script src="${origin}/embed.js" async></script>`;
  const iframe = `<iframe src="${origin}/embed" title="${siteName}" allow="clipboard-write; web-share" style="width: 100%; height: 760px; border: 0"></iframe>`;
  return (
    <article aria-labelledby="step-heading" className="space-y-6">
      <PageHeading>{t.title}</PageHeading>
      <div className="prose">
        <p>
          If your readers ask why their TikTok likes keep disappearing, show them this guide on your own page. They walk the
          same questions and fixes without leaving it.
        </p>
        <h2>Paste one line</h2>
        <p>Put this where the guide should appear:</p>
      </div>
      <Snippet id="snippet-script" code={script} />
      <div className="prose">
        <ul>
          <li>The frame grows and shrinks with each step, so your page scrolls as one page with no second scroll bar.</li>
          <li>It takes your page&rsquo;s light or dark look. To choose one, add <code>data-scheme="light"</code> or <code>data-scheme="dark"</code> to the script.</li>
          <li>
            For a page in Spanish, add <code>data-lang="es"</code>: the guide opens in Spanish (<code>/embed/es</code>), with
            the same steps.
          </li>
          <li>Links that leave the guide, such as its sources, open in a new tab; your page stays where it was.</li>
          <li>Sharing a step from the frame, or its QR code, gives that step&rsquo;s address on this site.</li>
          <li>
            No cookies and no trackers, on your page or in the frame. Answers tapped in the frame are counted as they are
            here (<GuideLink to="/how-we-count">how we count</GuideLink>).
          </li>
        </ul>
        <h2>Start at a question</h2>
        <p>
          By default the frame opens at the guide&rsquo;s first page. If your page is about one of the problems, skip the
          question &ldquo;{loaderData.question}&rdquo; with <code>data-start</code>:
        </p>
      </div>
      <ul className="space-y-4">
        {loaderData.starts.map(({ label, href }) => (
          <li key={href} className="space-y-2">
            <p className="text-lg">
              <GuideLink to={href} className="font-semibold underline underline-offset-2">
                {label}
              </GuideLink>
            </p>
            <Snippet code={`<script src="${origin}/embed.js" data-start="${href}" async></script>`} />
          </li>
        ))}
      </ul>
      <div className="prose">
        <h2>If your site does not allow scripts</h2>
        <p>
          A plain frame works too. It cannot grow with the step, so give it a height; add <code>?scheme=dark</code> to the
          address for the dark look.
        </p>
      </div>
      <Snippet id="snippet-iframe" code={iframe} />
      <div className="prose">
        <p>
          The frame works in any page served over https. It cannot be changed from your page, and every other page of this
          site still refuses to be shown inside another site.
        </p>
      </div>
    </article>
  );
}

/** A piece of HTML to copy: selectable text, and a Copy button once JavaScript runs. */
function Snippet({ code, id }: { code: string; id?: string }) {
  const hydrated = useHydrated();
  const t = useTextOf(sitePagesText).onYourSite;
  const [copied, setCopied] = useState<boolean>();
  useEffect(() => setCopied(undefined), [code]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="space-y-2">
      <pre id={id} className="overflow-x-auto rounded-xl bg-zinc-100 p-4 text-sm whitespace-pre-wrap break-all text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100">
        <code>{code}</code>
      </pre>
      <div className="flex min-h-12 flex-wrap items-center gap-3">
        {hydrated && (
          <button
            type="button"
            onClick={copy}
            className="inline-flex min-h-12 items-center rounded-xl border-2 border-zinc-300 px-4 font-semibold text-zinc-900 hover:border-brand-strong dark:border-zinc-600 dark:text-white"
          >
            {t.copy}
          </button>
        )}
        <p role="status" className="text-base font-medium text-emerald-800 dark:text-emerald-300">
          {copied === true ? t.copied : copied === false ? t.copyFailed : ""}
        </p>
      </div>
    </div>
  );
}
