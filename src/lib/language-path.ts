import { languages, type Language } from "../content/languages.ts";
import { EMBED_PREFIX } from "./embed.ts";

/**
 * Each language's pages live under its own prefix: English at the site's root, Spanish under /es
 * (the same machine and step ids; docs/languages.md). Step data, saved progress, the support
 * report's links to the guide and the outcome counts keep the English address, the one name of a
 * step in every language (a fix is a fix in any language); only the links a reader follows, the
 * share link and the page's own address carry the prefix. Inside another site's frame the prefix
 * comes after /embed: /embed/es/unliking.
 */
export const languagePrefix: Record<Language, string> = { en: "", es: "/es" };

/** Each language's name in itself, as the language link shows it. */
export const languageNames: Record<Language, string> = { en: "English", es: "Español" };

/** The other languages than English, each with its prefix. */
const prefixed = languages.filter((lang) => lang !== "en");

/** A pathname without its /embed prefix, if any. */
const withoutEmbed = (pathname: string) =>
  pathname === EMBED_PREFIX || pathname.startsWith(`${EMBED_PREFIX}/`) ? pathname.slice(EMBED_PREFIX.length) || "/" : pathname;

/** The language a page is in, from its address (embed pages too): "/es/unliking" → "es". */
export function languageOfPath(pathname: string): Language {
  const page = withoutEmbed(pathname);
  return prefixed.find((lang) => page === languagePrefix[lang] || page.startsWith(`${languagePrefix[lang]}/`)) ?? "en";
}

/** A site address in a language: ("/", "es") → "/es", ("/unliking", "es") → "/es/unliking". */
export const localHref = (href: string, lang: Language): string =>
  lang === "en" ? href : href === "/" ? languagePrefix[lang] : `${languagePrefix[lang]}${href}`;

/** The English address of a page in any language (not an embed page): "/es/unliking" → "/unliking". */
export function englishHref(pathname: string): string {
  const lang = languageOfPath(pathname);
  return lang === "en" ? pathname : pathname.slice(languagePrefix[lang].length) || "/";
}

/**
 * The same page in another language, embed prefix, query and fragment kept: what the language
 * link leads to.
 */
export function samePageIn(pathname: string, lang: Language): string {
  const embed = withoutEmbed(pathname) !== pathname;
  const page = localHref(englishHref(withoutEmbed(pathname)), lang);
  return embed ? (page === "/" ? EMBED_PREFIX : `${EMBED_PREFIX}${page}`) : page;
}

/**
 * A step's prose in a language: its links to pages that exist in every language (`hasPage`, given
 * the English address without query or fragment) lead to that language's page.
 */
export function localProse(html: string, lang: Language, hasPage: (href: string) => boolean): string {
  if (lang === "en") return html;
  return html.replace(/<a href="(\/[^"]*)"/g, (link, href: string) =>
    hasPage(href.split(/[?#]/)[0]!.replace(/(.)\/$/, "$1")) ? `<a href="${localHref(href, lang)}"` : link,
  );
}
