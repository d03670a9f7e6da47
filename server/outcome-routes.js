// The outcome counter (outcomes/) inside the site: its API under /api/outcomes, and /stats, the
// page of its figures. Without a store none of this answers, and the site is served as a static
// host would serve it.
/** @import { IncomingMessage, ServerResponse } from "node:http" */
/** @import { Site } from "./site.js" */
/** @import { Store } from "./outcomes/store.js" */
import { refuse } from "./hygiene.js";
import { createOutcomesApi } from "./outcomes/api.js";
import { createMenuFlagsApi } from "./outcomes/menu-flags.js";
import { sendStats } from "./stats.js";

/**
 * @param {{ store: Store, rateLimit?: number, now?: () => number, site: () => Site, dir: string, log: (line: string) => void, sendNotFound: (req: IncomingMessage, res: ServerResponse) => void }} options
 * `site` is asked at each request: a new build brings a new outcome map and /stats frame.
 * @returns {(req: IncomingMessage, res: ServerResponse, url: string) => boolean} answers a request
 * for the counter; false leaves it to the site
 */
export function outcomeRoutes({ store, rateLimit, now, site, dir, log, sendNotFound }) {
  if (!site().outcomeMap) log(`The build in ${dir} has no _outcomes.json: answers are not counted.`);
  const api = createOutcomesApi({ store, map: () => site().outcomeMap, rateLimit, now, log });
  const flags = createMenuFlagsApi({ store, map: () => site().outcomeMap, rateLimit, log });

  return (req, res, url) => {
    if (!(url.startsWith("/api/") || url === "/stats" || url.startsWith("/stats?") || url.startsWith("/stats/"))) return false;
    const { pathname, searchParams } = new URL(url, "http://localhost");
    if (api.handle(req, res, pathname, searchParams) || flags.handle(req, res, pathname)) return true;
    if ((pathname === "/stats" || pathname === "/stats/") && (req.method === "GET" || req.method === "HEAD")) {
      sendStats(req, res, searchParams, { site: site(), api, store })
        .then((sent) => sent || sendNotFound(req, res))
        .catch((error) => {
          log(`Could not draw /stats: ${/** @type {Error} */ (error).message}`);
          if (!res.headersSent) refuse(req, res, 500);
        });
      return true;
    }
    return false;
  };
}
