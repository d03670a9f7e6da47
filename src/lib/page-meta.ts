import type { MetaDescriptor } from "react-router";
import type { Language } from "@/content/languages";
import { en, type UiText } from "./ui-text";

interface PageInfo {
  href: string;
  /** The step's own title, which its preview image shows. */
  title: string;
  /** This URL's own title (the step, its phone, what tells it from the step's other URLs). */
  documentTitle: string;
  description: string;
  url: string;
  image: string;
  alternates: Record<Language, string>;
  walk: Array<{ title: string; url: string }>;
}

/**
 * Title, description, canonical link, the Open Graph tags chat apps read for a preview, and the
 * walk here as breadcrumbs for search engines. The site's name in the texts' language.
 */
export function pageMeta(page: PageInfo, text: UiText = en): MetaDescriptor[] {
  const name = text.nav.siteName;
  const title = page.href === "/" ? `${name}: ${page.title}` : `${page.documentTitle} · ${name}`;
  return [
    { title },
    { name: "description", content: page.description },
    ...previewTags({ title: page.documentTitle, description: page.description, url: page.url, image: page.image, imageAlt: `${page.title} (${name})`, siteName: name }),
    ...alternateLinks(page.alternates),
    // The start page is where every walk begins: a trail of one says nothing.
    ...(page.walk.length > 1 ? [{ "script:ld+json": breadcrumbList(page.walk) }] : []),
  ];
}

/** The canonical link and the Open Graph and Twitter tags a chat app reads for a link's preview. */
function previewTags({
  title,
  description,
  url,
  image,
  imageAlt,
  siteName,
}: {
  title: string;
  description: string;
  url: string;
  image: string;
  imageAlt: string;
  siteName: string;
}): MetaDescriptor[] {
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

/**
 * The same page in every language, this one included, and English for any other reader
 * (`x-default`): how a search engine offers each reader their own language's page.
 */
function alternateLinks(alternates: Record<Language, string>): MetaDescriptor[] {
  return [
    ...Object.entries(alternates).map(([lang, href]) => ({ tagName: "link", rel: "alternate", hrefLang: lang, href })),
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: alternates.en },
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
  /** The same page in each language, if it has one in each (the figures page is English only). */
  alternates?: Record<Language, string>;
}

/**
 * The same preview tags for the site's other pages (every fix, the map, the sources, counting,
 * embedding), so a link to any of them shows a title, a line and a picture in a chat.
 */
export function sitePageMeta(title: string, description: string, page: SitePage | undefined, text: UiText = en): MetaDescriptor[] {
  const name = text.nav.siteName;
  return [
    { title: `${title} · ${name}` },
    { name: "description", content: description },
    ...(page ? previewTags({ title, description, url: page.url, image: page.image, imageAlt: name, siteName: name }) : []),
    ...(page?.alternates ? alternateLinks(page.alternates) : []),
  ];
}

/** The not-found page's tags in the texts' language; the same wherever it is rendered, so hydration finds what it expects. */
export const notFoundMetaIn = (text: UiText): MetaDescriptor[] => [
  { title: `${text.meta.pageNotFound} · ${text.nav.siteName}` },
  { name: "robots", content: "noindex" },
];

/** The English not-found page's tags. */
export const notFoundMeta: MetaDescriptor[] = notFoundMetaIn(en);

/** An error page's title in the texts' language. */
export const errorMeta = (text: UiText = en): MetaDescriptor[] => [{ title: `${text.error.heading} · ${text.nav.siteName}` }];
