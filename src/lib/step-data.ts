/**
 * The address React Router fetches a step's data from when an answer is tapped. The step route
 * reaches its prerendered data through a clientLoader, so only that route is asked for
 * (`_routes`); the start page is the index route, whose data file is `_root.data`.
 *
 * React Router does not prefetch data for a route with a clientLoader (it cannot know whether the
 * clientLoader will ask for it), so the answer list prefetches this address itself: the step data
 * is fresh in the browser's cache for five minutes (server/headers.js), and the tap then needs no
 * request. e2e/step-data.spec.ts checks that the tap then goes to no network.
 */
export function stepDataUrl(href: string): string {
  const path = href.replace(/\/+$/, "");
  return path === "" ? "/_root.data?_routes=start" : `${path}.data?_routes=step`;
}
