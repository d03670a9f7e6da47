import type { MetaDescriptor } from "react-router";

export const siteName = "Likes troubleshooter";

interface PageInfo {
  title: string;
  description: string;
  url: string;
}

/** Title, description, canonical link and the Open Graph tags chat apps read for a preview. */
export function pageMeta(page: PageInfo): MetaDescriptor[] {
  const title = page.url.endsWith("/") && new URL(page.url).pathname === "/" ? `${siteName}: ${page.title}` : `${page.title} · ${siteName}`;
  return [
    { title },
    { name: "description", content: page.description },
    { tagName: "link", rel: "canonical", href: page.url },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: siteName },
    { property: "og:title", content: page.title },
    { property: "og:description", content: page.description },
    { property: "og:url", content: page.url },
    { name: "twitter:card", content: "summary" },
  ];
}
