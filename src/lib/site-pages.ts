/**
 * The site's pages other than the steps, in one list, each page's module at src/routes/<path>.tsx:
 * the routes (src/routes.ts), the prerender
 * (react-router.config.ts), the sitemap and the tests all read it. `indexed`: listed in the sitemap
 * for search engines (the figures change at every request and say nothing a search needs).
 * `translated`: it has a page in every language of the guide (/es/sources…). Not yet: the figures
 * page, which the server makes (server/stats.js).
 */
export const sitePages = [
  { path: "/sources", indexed: true, translated: true },
  { path: "/all-fixes", indexed: true, translated: true },
  { path: "/map", indexed: true, translated: true },
  { path: "/on-your-site", indexed: true, translated: true },
  { path: "/how-we-count", indexed: true, translated: true },
  { path: "/stats", indexed: false, translated: false },
] as const;

export type SitePagePath = (typeof sitePages)[number]["path"];

export const sitePagePaths: readonly SitePagePath[] = sitePages.map((page) => page.path);

/** The pages beside the steps that have a page in every language. */
export const translatedPages = sitePages.filter((page) => page.translated);
