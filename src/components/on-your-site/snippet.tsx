import { useEffect, useState } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { GuideLink } from "@/components/guide-link";
import { useGuideLinks } from "@/components/embed-context";
import type { OnYourSiteProps } from "./snippets";
import { useTextOf } from "@/components/language";
import { sitePagesText } from "@/lib/text/site-pages";

/** A piece of HTML to copy: selectable text, and a Copy button once JavaScript runs. */
export function Snippet({ code, id }: { code: string; id?: string }) {
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

/** Each problem the guide can start at: its answer's words, linking to its step, and its snippet. */
export function StartingPoints({ starts, snippets }: Pick<OnYourSiteProps, "starts" | "snippets">) {
  const links = useGuideLinks();
  return (
    <ul className="space-y-4">
      {starts.map(({ label, href }) => (
        <li key={href} className="space-y-2">
          <p className="text-lg">
            <GuideLink {...links.step(href)} className="font-semibold underline underline-offset-2">
              {label}
            </GuideLink>
          </p>
          <Snippet code={snippets.startingAt(href)} />
        </li>
      ))}
    </ul>
  );
}
