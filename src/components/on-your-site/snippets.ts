import type { Language } from "@/content/languages";
import { embedHref } from "@/lib/embed";
import { localHref } from "@/lib/language-path";

/**
 * The HTML a site owner pastes (public/embed.js, or a plain frame), for a page in `lang`: the
 * script takes `data-lang` (English needs none), the plain frame the language's embed address.
 */
export function snippets(origin: string, lang: Language, frameTitle: string) {
  const langAttribute = lang === "en" ? "" : ` data-lang="${lang}"`;
  return {
    script: `<script src="${origin}/embed.js"${langAttribute} async></script>`,
    startingAt: (href: string) => `<script src="${origin}/embed.js"${langAttribute} data-start="${href}" async></script>`,
    iframe: `<iframe src="${origin}${embedHref(localHref("/", lang))}" title="${frameTitle}" allow="clipboard-write; web-share" style="width: 100%; height: 760px; border: 0"></iframe>`,
  };
}

export type Snippets = ReturnType<typeof snippets>;

/** What each language's prose of the page is given (src/routes/on-your-site.tsx). */
export interface OnYourSiteProps {
  snippets: Snippets;
  question: string;
  /** The symptom question's answers: each one's words and the English address embed.js takes. */
  starts: { label: string; href: string }[];
}
