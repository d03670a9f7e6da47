// The production server: the prerendered build answered from memory, with the headers of
// lib/headers.js, a real 404, and a short plain answer to every request it will not serve. This file
// only wires the modules together, in the order a request meets them: hygiene.js refuses what it
// will not serve, outcome-routes.js takes the outcome counter's API and /stats, redirects.js moves
// renamed steps, static-files.js answers the rest. site.js reads the build, reload.js swaps in a
// new one, shutdown.js stops without cutting requests off.
import http from "node:http";
import path from "node:path";
import { frameAncestors } from "../lib/headers.js";
import { ALLOWED_METHODS, MAX_URL_LENGTH, readPath, refuse, refuseUnparsed } from "./hygiene.js";
import { outcomeRoutes } from "./outcome-routes.js";
import { redirect } from "./redirects.js";
import { reloadNewBuilds } from "./reload.js";
import { gracefulShutdown } from "./shutdown.js";
import { loadSite } from "./site.js";
import { staticFiles } from "./static-files.js";

// Exported from here before the split into modules: kept for anyone who imports them from here.
export { ALLOWED_METHODS, MAX_URL_LENGTH } from "./hygiene.js";

export const buildDir = path.resolve(import.meta.dirname, "..", "build", "client");

/**
 * @param {{ dir?: string, log?: (line: string) => void, watchMs?: number, outcomes?: { store: import("./outcomes/store.js").Store, rateLimit?: number, now?: () => number }, embedOrigins?: string }} [options]
 * `watchMs`: how often to look for a new build in `dir` (0: never). `outcomes`: where answers are
 * counted (server/outcomes/); without it the site is served as a static host would. `embedOrigins`:
 * who may frame the embed pages, as EMBED_ORIGINS (lib/headers.js frameAncestors; throws on a bad one).
 * @returns {http.Server & { shutdown: (timeoutMs?: number) => Promise<void> }}
 */
export function createServer({ dir = buildDir, log = (line) => console.error(line), watchMs = 1000, outcomes, embedOrigins } = {}) {
  dir = path.resolve(dir);
  const embedAncestors = frameAncestors(embedOrigins);
  let site = loadSite(dir, embedAncestors);
  const current = () => site;
  const files = staticFiles(current);
  const routeOutcomes =
    outcomes && outcomeRoutes({ store: outcomes.store, rateLimit: outcomes.rateLimit, now: outcomes.now, site: current, dir, log });

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  function handle(req, res) {
    const url = req.url ?? "";
    if (url.length > MAX_URL_LENGTH) return refuse(req, res, 414);
    if (routeOutcomes?.(req, res, url)) return;
    if (req.method !== "GET" && req.method !== "HEAD") return refuse(req, res, 405, { Allow: ALLOWED_METHODS });
    const target = readPath(url);
    if (!target) return refuse(req, res, 400);
    if (redirect(res, site.redirects, target)) return;
    files.send(req, res, target.pathname);
  }

  const server = http.createServer({ headersTimeout: 20_000, requestTimeout: 30_000 }, (req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      log(`Could not answer ${req.method} ${String(req.url).slice(0, 200)}: ${/** @type {Error} */ (error).message}`);
      if (res.headersSent) res.destroy();
      else {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        refuse(req, res, 500);
      }
    }
  });
  refuseUnparsed(server);
  const reload = () => {
    site = loadSite(dir, embedAncestors);
  };
  reloadNewBuilds(server, { dir, everyMs: watchMs, reload, log });
  return Object.assign(server, { shutdown: gracefulShutdown(server) });
}
