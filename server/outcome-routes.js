// The outcome counter (outcomes/) inside the site: its API under /api/outcomes, and /stats, the
// page of its figures. Without a store none of this answers, and the site is served as a static
// host would serve it.
/** @import { IncomingMessage, ServerResponse } from "node:http" */
/** @import { Site } from "./site.js" */
/** @import { Store } from "./outcomes/store.js" */
import { refuse } from "./hygiene.js";
import { createOutcomesApi } from "./outcomes/api.js";
import { createMenuFlagsApi } from "./outcomes/menu-flags.js";
import { drawsStats, sendStats } from "./stats.js";

/**
 * @param {{ store: Store, rateLimit?: number, now?: () => number, site: () => Site, dir: string, log: (line: string) => void }} options
 * `site` is asked at each request: a new build brings a new outcome map and /stats frame. A build
 * that cannot draw /stats (no renderer: OUTCOMES=off) leaves it to the site, which sends the frame.
 * `now`: the clock of the live level (tests move it).
 * @returns {(req: IncomingMessage, res: ServerResponse, url: string) => boolean} answers a request
 * for the counter; false leaves it to the site
 */
export function outcomeRoutes({ store, rateLimit, now, site, dir, log }) {
  if (!site().outcomeMap) log(`The build in ${dir} has no _outcomes.json: answers are not counted.`);
  else if (!site().stats) log(`The build in ${dir} has no /stats renderer (OUTCOMES=off builds none): /stats shows its frame.`);
  const api = createOutcomesApi({ store, map: () => site().outcomeMap, rateLimit, now, log });
  const flags = createMenuFlagsApi({ store, map: () => site().outcomeMap, rateLimit, log });

  return (req, res, url) => {
    if (!(url.startsWith("/api/") || url === "/stats" || url.startsWith("/stats?") || url.startsWith("/stats/"))) return false;
    const { pathname, searchParams } = new URL(url, "http://localhost");
    if (api.handle(req, res, pathname, searchParams) || flags.handle(req, res, pathname)) return true;
    const current = site();
    if ((pathname === "/stats" || pathname === "/stats/") && (req.method === "GET" || req.method === "HEAD") && drawsStats(current)) {
      sendStats(req, res, searchParams, { site: current, api, store })
        .catch((error) => {
          log(`Could not draw /stats: ${/** @type {Error} */ (error).message}`);
          if (!res.headersSent) refuse(req, res, 500);
        });
      return true;
    }
    return false;
  };
}
