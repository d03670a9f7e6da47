import type { MetaDescriptor } from "react-router";

export const siteName = "Likes troubleshooter";

interface PageInfo {
  href: string;
  title: string;
  description: string;
  url: string;
  image: string;
}

/** Title, description, canonical link and the Open Graph tags chat apps read for a preview. */
export function pageMeta(page: PageInfo): MetaDescriptor[] {
  const title = page.href === "/" ? `${siteName}: ${page.title}` : `${page.title} · ${siteName}`;
  return [
    { title },
    { name: "description", content: page.description },
    { tagName: "link", rel: "canonical", href: page.url },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: siteName },
    { property: "og:title", content: page.title },
    { property: "og:description", content: page.description },
    { property: "og:url", content: page.url },
    { property: "og:image", content: page.image },
    { property: "og:image:width", content: "1200" },
    { property: "og:image:height", content: "630" },
    { property: "og:image:alt", content: `${page.title} (${siteName})` },
    { name: "twitter:card", content: "summary_large_image" },
  ];
}

/** The not-found page's tags; the same wherever it is rendered, so hydration finds what it expects. */
export const notFoundMeta: MetaDescriptor[] = [
  { title: `Page not found · ${siteName}` },
  { name: "robots", content: "noindex" },
];
