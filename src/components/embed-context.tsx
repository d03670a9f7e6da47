import { createContext, useContext } from "react";
import { embedHref } from "@/lib/embed";
import { localHref } from "@/lib/language-path";
import { translatedPages } from "@/lib/site-pages";
import { useLanguage } from "./language";

const EmbedContext = createContext(false);

/** Set by the root layout on the embed pages (src/lib/embed.ts). */
export const EmbedProvider = EmbedContext.Provider;

/** Whether this page is the guide inside another site's frame. */
export const useIsEmbed = () => useContext(EmbedContext);

/**
 * Props for links, from a site address in English (the one a step's data keeps): the page in the
 * reader's language (src/lib/language-path.ts). `step(href)`: a step of the guide; in an embed, its
 * /embed page in the same frame. `page(path)`: a page beside the guide (sources, every fix, the
 * map), in English where it has no page in the reader's language; in an embed it opens in a new tab. React Router handles a click itself unless the link names
 * another target, so both are spelled out rather than left to the page's `<base target>` (which
 * covers links without JavaScript).
 */
export function useGuideLinks() {
  const embed = useIsEmbed();
  const lang = useLanguage();
  return {
    step: (href: string) => (embed ? { to: embedHref(localHref(href, lang)), target: "_self" } : { to: localHref(href, lang) }),
    page: (path: string) => {
      // A page not yet in the reader's language opens in English, and says so to the browser.
      const local = translatedPages.some((p) => p.path === path);
      const to = local ? localHref(path, lang) : path;
      return { to, ...(embed && { target: "_blank" }), ...(!local && lang !== "en" && { hrefLang: "en" }) };
    },
  };
}
