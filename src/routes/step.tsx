import { data, redirect, redirectDocument } from "react-router";
import type { Route } from "./+types/step";
import { languageOfMatches } from "@/components/language";
import { NotFound } from "@/components/not-found";
import { partsReady } from "@/components/step-parts";
import { StepView } from "@/components/step-view";
import { isStepHref, stepPage } from "@/content/page.server";
import { embedHref, embedProse, isEmbedPath, siteHref } from "@/lib/embed";
import { englishHref, languageOfPath, localHref, localProse } from "@/lib/language-path";
import { notFoundMetaIn, pageMeta } from "@/lib/page-meta";
import { translatedPages } from "@/lib/site-pages";
import { prefetchedStep } from "@/lib/step-data";
import { renamedHref } from "@/wizard/renames";
import type { StepPart } from "@/wizard/machine";

/** The addresses a step's prose may link to that have a page in every language: steps and the translated pages. */
const hasPageInEveryLanguage = (href: string) => isStepHref(href) || translatedPages.some((page) => page.path === href);

/**
 * Runs at build time: the machine and the content decide everything the page shows, in the page's
 * language. An embed page has its step's data, with the prose's links to other steps kept in the frame.
 */
export function loader({ request }: Route.LoaderArgs) {
  const pathname = new URL(request.url).pathname;
  const lang = languageOfPath(pathname);
  const page = stepPage(englishHref(siteHref(pathname)), lang);
  if (!page) throw data(null, { status: 404, statusText: "Not Found" });
  const local = localProse(page.html, lang, hasPageInEveryLanguage);
  const html = isEmbedPath(pathname) ? embedProse(local, (href) => isStepHref(englishHref(href))) : local;
  return { ...page, html, build: __BUILD_ID__ };
}

/** In the browser only prerendered steps have data; any other URL is not a step. */
export async function clientLoader({ serverLoader, request }: Route.ClientLoaderArgs) {
  const url = new URL(request.url);
  const embed = isEmbedPath(url.pathname);
  const lang = languageOfPath(url.pathname);
  const moved = renamedHref(englishHref(siteHref(url.pathname)));
  if (moved) throw redirect(embed ? embedHref(localHref(moved, lang)) : localHref(moved, lang), 301);
  // Fetched while the reader read the step before (src/lib/step-data.ts): nothing to wait for.
  const ready = prefetchedStep(url.pathname) as Awaited<ReturnType<typeof serverLoader>> | undefined;
  if (ready?.build === __BUILD_ID__) return withParts(ready, url);
  let page;
  try {
    page = await serverLoader();
  } catch (error) {
    if (typeof navigator !== "undefined" && !navigator.onLine) throw error;
    throw data(null, { status: 404, statusText: "Not Found" });
  }
  // Step data is cached for a few minutes (lib/headers.js) and a new service worker takes over
  // at once, so after a deploy the data can come from another build than this page's code. Then
  // the step is loaded as a whole new page, from one build, rather than mixing the two.
  if (page.build !== __BUILD_ID__) throw redirectDocument(url.pathname + url.search);
  return withParts(page, url);
}

/**
 * The step is drawn once the code of its own parts is there (src/components/step-parts.tsx),
 * usually fetched ahead by the answer list. If that code cannot be fetched, the step is loaded as
 * a whole page instead, whose HTML has the part in full.
 */
async function withParts<T extends { part?: StepPart }>(page: T, url: URL): Promise<T> {
  if (!(await partsReady(page.part))) throw redirectDocument(url.pathname + url.search);
  return page;
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { text } = languageOfMatches(matches);
  return loaderData ? pageMeta(loaderData, text) : notFoundMetaIn(text);
};

export default function Step({ loaderData }: Route.ComponentProps) {
  return <StepView page={loaderData} />;
}

/** Shown only while an unknown URL is checked in the browser, so it says what the result will be. */
export function HydrateFallback() {
  return <NotFound />;
}
