import type { MetaDescriptor } from "react-router";

export const siteName = "Likes troubleshooter";

interface PageInfo {
  href: string;
  /** The step's own title, which its preview image shows. */
  title: string;
  /** This URL's own title (the step, its phone, what tells it from the step's other URLs). */
  documentTitle: string;
  description: string;
  url: string;
  image: string;
  walk: Array<{ title: string; url: string }>;
}

/**
 * Title, description, canonical link, the Open Graph tags chat apps read for a preview, and the
 * walk here as breadcrumbs for search engines.
 */
export function pageMeta(page: PageInfo): MetaDescriptor[] {
  const title = page.href === "/" ? `${siteName}: ${page.title}` : `${page.documentTitle} · ${siteName}`;
  return [
    { title },
    { name: "description", content: page.description },
    ...previewTags({ title: page.documentTitle, description: page.description, url: page.url, image: page.image, imageAlt: `${page.title} (${siteName})` }),
    // The start page is where every walk begins: a trail of one says nothing.
    ...(page.walk.length > 1 ? [{ "script:ld+json": breadcrumbList(page.walk) }] : []),
  ];
}

/** The canonical link and the Open Graph and Twitter tags a chat app reads for a link's preview. */
function previewTags({ title, description, url, image, imageAlt }: { title: string; description: string; url: string; image: string; imageAlt: string }): MetaDescriptor[] {
  return [
    { tagName: "link", rel: "canonical", href: url },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: siteName },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { property: "og:image", content: image },
    { property: "og:image:width", content: "1200" },
    { property: "og:image:height", content: "630" },
    { property: "og:image:alt", content: imageAlt },
    { name: "twitter:card", content: "summary_large_image" },
  ];
}

/** schema.org's BreadcrumbList: the steps walked from the start, in order, ending at this one. */
function breadcrumbList(walk: PageInfo["walk"]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: walk.map(({ title, url }, i) => ({ "@type": "ListItem", position: i + 1, name: title, item: url })),
  };
}

/** A page of the site other than a step: its address, and the preview image it shares. */
export interface SitePage {
  url: string;
  image: string;
}

/**
 * The same preview tags for the site's other pages (every fix, the map, the sources, counting,
 * embedding), so a link to any of them shows a title, a line and a picture in a chat.
 */
export function sitePageMeta(title: string, description: string, page: SitePage | undefined): MetaDescriptor[] {
  return [
    { title: `${title} · ${siteName}` },
    { name: "description", content: description },
    ...(page ? previewTags({ title, description, url: page.url, image: page.image, imageAlt: siteName }) : []),
  ];
}

/** The not-found page's tags; the same wherever it is rendered, so hydration finds what it expects. */
export const notFoundMeta: MetaDescriptor[] = [
  { title: `Page not found · ${siteName}` },
  { name: "robots", content: "noindex" },
];
