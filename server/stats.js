// GET /stats, the figures page: the build's renderer (src/render-stats.server.tsx, read by
// stats-build.js) draws the figures of the days asked for in place of the prerendered frame's
// section, at each request, so the page is never cached.
/** @import { IncomingMessage, ServerResponse } from "node:http" */
/** @import { Site } from "./site.js" */
/** @import { Store } from "./outcomes/store.js" */
/** @import { createOutcomesApi } from "./outcomes/api.js" */
import { NO_STORE } from "../lib/headers.js";
import { dayRange } from "./outcomes/api.js";
import { weekOf } from "./outcomes/menu-flags.js";
import { STATS_FRAME_FILE } from "./stats-build.js";

/** How many weeks back the menu flags are shown. */
const FLAG_WEEKS = 8;

/**
 * Whether this build can draw /stats: its frame, its renderer and an outcome map. Without them the
 * frame, if any, is served as a static host serves it.
 * @param {Site} site
 */
export const drawsStats = (site) => Boolean(site.stats && site.outcomeMap && site.files.get(STATS_FRAME_FILE)?.identity);

/**
 * Sends the page, for a site `drawsStats` said yes to.
 * @param {IncomingMessage} req @param {ServerResponse} res @param {URLSearchParams} query
 * @param {{ site: Site, api: ReturnType<typeof createOutcomesApi>, store: Store }} from
 */
export async function sendStats(req, res, query, { site, api, store }) {
  const { stats, outcomeMap } = site;
  const frame = site.files.get(STATS_FRAME_FILE)?.identity;
  if (!stats || !outcomeMap || !frame) throw new Error("This build cannot draw /stats.");
  const parsed = dayRange(query);
  const since = new Date();
  since.setUTCDate(since.getUTCDate() - 7 * (FLAG_WEEKS - 1));
  const [renderer, summary, days, flags, current] = await Promise.all([
    stats.renderer(),
    api.summary(parsed.range ?? {}),
    store.days(),
    store.menuFlags(weekOf(since.toISOString().slice(0, 10))),
    api.live.current(),
  ]);
  const labels = outcomeMap.labels ?? { steps: {}, devices: {}, symptoms: {} };
  const live = Object.entries(current.hours).map(([id, hours]) => ({ id, label: labels.symptoms[id] ?? id, hours }));
  // A day that is not a day: the page says so under the heading, and shows every day instead.
  const section = renderer.renderStatsSection({ summary, labels, days, flags, flagWeeks: FLAG_WEEKS, error: parsed.error, live });
  const html = Buffer.from(stats.before + section + stats.after);
  const { ETag, "Last-Modified": _, ...headers } = frame.headers;
  res.writeHead(parsed.error ? 400 : 200, { ...headers, "Cache-Control": NO_STORE, "Content-Length": html.length });
  res.end(req.method === "HEAD" ? undefined : html);
}
