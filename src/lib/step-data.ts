import { EMBED_PREFIX } from "./embed";

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
  if (path === "") return "/_root.data?_routes=start";
  // The embed pages (src/lib/embed.ts) are routes of their own: /embed, and /embed/… for the steps.
  if (path === EMBED_PREFIX) return `${path}.data?_routes=embed-start`;
  return `${path}.data?_routes=${path.startsWith(`${EMBED_PREFIX}/`) ? "embed-step" : "step"}`;
}
