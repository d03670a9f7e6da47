import { data, redirect, redirectDocument } from "react-router";
import type { Route } from "./+types/step";
import { NotFound } from "@/components/not-found";
import { partsReady } from "@/components/step-parts";
import { StepView } from "@/components/step-view";
import { isStepHref, stepPage } from "@/content/page.server";
import { embedHref, embedProse, isEmbedPath, siteHref } from "@/lib/embed";
import { notFoundMeta, pageMeta } from "@/lib/page-meta";
import { prefetchedStep } from "@/lib/step-data";
import { renamedHref } from "@/wizard/renames";
import type { StepPart } from "@/wizard/machine";

/**
 * Runs at build time: the machine and the content decide everything the page shows. An embed page
 * has its step's data, with the prose's links to other steps kept in the frame.
 */
export function loader({ request }: Route.LoaderArgs) {
  const pathname = new URL(request.url).pathname;
  const page = stepPage(siteHref(pathname));
  if (!page) throw data(null, { status: 404, statusText: "Not Found" });
  const html = isEmbedPath(pathname) ? embedProse(page.html, isStepHref) : page.html;
  return { ...page, html, build: __BUILD_ID__ };
}

/** In the browser only prerendered steps have data; any other URL is not a step. */
export async function clientLoader({ serverLoader, request }: Route.ClientLoaderArgs) {
  const url = new URL(request.url);
  const embed = isEmbedPath(url.pathname);
  const moved = renamedHref(siteHref(url.pathname));
  if (moved) throw redirect(embed ? embedHref(moved) : moved, 301);
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

export const meta: Route.MetaFunction = ({ loaderData }) =>
  loaderData ? pageMeta(loaderData) : notFoundMeta;

export default function Step({ loaderData }: Route.ComponentProps) {
  return <StepView page={loaderData} />;
}

/** Shown only while an unknown URL is checked in the browser, so it says what the result will be. */
export function HydrateFallback() {
  return <NotFound />;
}
