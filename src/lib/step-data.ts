// React Router's decoder for its own `.data` format (turbo-stream). An UNSAFE_ export: the three
// react-router packages are pinned to one exact version (package.json), and e2e/step-data.spec.ts
// fails if a tap after a prefetch has to fetch again.
import { UNSAFE_decodeViaTurboStream as decodeViaTurboStream } from "react-router";
import { isEmbedPath, siteHref } from "./embed";
import { englishHref, languageOfPath } from "./language-path";
import { stepRouteId } from "./step-routes";

/**
 * The address React Router fetches a step's data from when an answer is tapped. The step route
 * reaches its prerendered data through a clientLoader, so only that route is asked for
 * (`_routes`); the start page is the index route, whose data file is `_root.data`.
 */
export function stepDataUrl(href: string): string {
  const path = href.replace(/\/+$/, "") || "/";
  // The embed pages (src/lib/embed.ts) and each language's (src/lib/language-path.ts) are routes of their own.
  const route = stepRouteId({ embed: isEmbedPath(path), lang: languageOfPath(path), start: englishHref(siteHref(path)) === "/" });
  return `${path === "/" ? "/_root" : path}.data?_routes=${route}`;
}

/** Steps fetched and decoded ahead of a tap, by address, oldest first; a few pages' answers' worth. */
const prefetched = new Map<string, unknown>();
/** Addresses being fetched now. */
const fetching = new Set<string>();
const KEEP = 24;

/**
 * Fetches and decodes a step's data while the reader reads the step before it (the answer list
 * calls this once the page is idle), so that a tap on the answer finds it ready: the step route's
 * clientLoader takes it from here, and the step change waits for no request, no cache lookup and
 * no decoding (about 30 ms of a slow phone's main thread). React Router does not prefetch data for
 * a route with a clientLoader. The file is also fresh in the HTTP cache for five minutes
 * (lib/headers.js), where a reload, or a tap before this has finished, finds it.
 */
export function prefetchStep(href: string): void {
  if (prefetched.has(href) || fetching.has(href)) return;
  fetching.add(href);
  const url = stepDataUrl(href);
  const routeId = new URLSearchParams(url.slice(url.indexOf("?"))).get("_routes")!;
  fetch(url)
    .then(async (response) => {
      if (!response.ok || !response.body) return;
      const { value, done } = await decodeViaTurboStream(response.body, window);
      await done;
      const data = (value as Record<string, { data?: unknown } | undefined>)[routeId]?.data;
      if (data === undefined) return;
      prefetched.set(href, data);
      if (prefetched.size > KEEP) prefetched.delete(prefetched.keys().next().value!);
    })
    // Offline, or a file that is not there: the tap fetches it the usual way and says what is wrong.
    .catch(() => {})
    .finally(() => fetching.delete(href));
}

/**
 * The data prefetchStep has for this address, if it has arrived. A prefetch still on its way is not
 * waited for: the tap makes its own request rather than hang on one that may have stalled.
 */
export function prefetchedStep(href: string): unknown {
  return prefetched.get(href);
}
