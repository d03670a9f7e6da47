/**
 * The site's pages other than the steps, in one list: the routes (src/routes.ts), the prerender
 * (react-router.config.ts), the sitemap and the tests all read it. `indexed`: listed in the sitemap
 * for search engines (the figures change at every request and say nothing a search needs).
 */
export const sitePages = [
  { path: "/sources", file: "routes/sources.tsx", indexed: true },
  { path: "/all-fixes", file: "routes/all-fixes.tsx", indexed: true },
  { path: "/map", file: "routes/map.tsx", indexed: true },
  { path: "/on-your-site", file: "routes/on-your-site.tsx", indexed: true },
  { path: "/how-we-count", file: "routes/how-we-count.tsx", indexed: true },
  { path: "/stats", file: "routes/stats.tsx", indexed: false },
] as const;

export type SitePagePath = (typeof sitePages)[number]["path"];

export const sitePagePaths: readonly SitePagePath[] = sitePages.map((page) => page.path);
