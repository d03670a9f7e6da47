import { createContext, useContext } from "react";
import { embedHref } from "@/lib/embed";

const EmbedContext = createContext(false);

/** Set by the root layout on the embed pages (src/lib/embed.ts). */
export const EmbedProvider = EmbedContext.Provider;

/** Whether this page is the guide inside another site's frame. */
export const useIsEmbed = () => useContext(EmbedContext);

/**
 * Props for links. `step(href)`: a step of the guide; in an embed, its /embed page in the same
 * frame. `page`: a page beside the guide (sources, every fix, the map); in an embed it opens in a
 * new tab. React Router handles a click itself unless the link names another target, so both are
 * spelled out rather than left to the page's `<base target>` (which covers links without JavaScript).
 */
export function useGuideLinks() {
  const embed = useIsEmbed();
  return {
    step: (href: string) => (embed ? { to: embedHref(href), target: "_self" } : { to: href }),
    page: embed ? { target: "_blank" } : {},
  };
}
