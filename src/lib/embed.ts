/**
 * The guide inside another site's page (public/embed.js frames it): the same steps under /embed,
 * served with a policy that lets other sites frame them (lib/headers.js). The step data keeps
 * the site's own addresses (what Share, the support report, saved progress and the outcome count
 * use); only the links a reader follows inside the frame gain the prefix.
 */
export const EMBED_PREFIX = "/embed";

/** Whether a pathname is one of the embed pages. */
export const isEmbedPath = (pathname: string): boolean =>
  pathname === EMBED_PREFIX || pathname.startsWith(`${EMBED_PREFIX}/`);

/** The embed page of a site address: "/" → "/embed", "/unliking" → "/embed/unliking". */
export const embedHref = (href: string): string => (href === "/" ? EMBED_PREFIX : `${EMBED_PREFIX}${href}`);

/** The site address of an embed page: "/embed" → "/", "/embed/unliking" → "/unliking". */
export const siteHref = (pathname: string): string =>
  isEmbedPath(pathname) ? pathname.slice(EMBED_PREFIX.length) || "/" : pathname;

/** What the frame and embed.js say to each other: every message carries this name. */
export const MESSAGE_SOURCE = "likes-troubleshooter";

/**
 * Links inside a step's prose that lead to another step stay in the frame: prefixed and with
 * target="_self", since an embed page sends every other link to a new tab (`<base target>`). A link
 * to one of the site's other pages (`isStep` says no) is left to open there.
 */
export function embedProse(html: string, isStep: (href: string) => boolean): string {
  return html.replace(/<a href="(\/[^"]*)"/g, (link, href: string) =>
    isStep(href) ? `<a href="${embedHref(href)}" target="_self"` : link,
  );
}
