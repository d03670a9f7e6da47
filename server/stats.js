// GET /stats, the figures page: its frame is prerendered (src/routes/stats.tsx) and each request
// fills the frame's section with the figures of the days asked for (outcomes/stats-page.js), so
// the page is never cached.
/** @import { IncomingMessage, ServerResponse } from "node:http" */
/** @import { Site } from "./site.js" */
/** @import { Store } from "./outcomes/store.js" */
/** @import { createOutcomesApi } from "./outcomes/api.js" */
import { NO_STORE } from "../lib/headers.js";
import { dayRange } from "./outcomes/api.js";
import { weekOf } from "./outcomes/menu-flags.js";
import { renderMenuFlags, renderStats } from "./outcomes/stats-page.js";

/** How many weeks back the menu flags are shown. */
const FLAG_WEEKS = 8;

/** The section of the frame the server fills in. */
const STATS_SECTION = /(<section data-page="stats"[^>]*>)[\s\S]*?(<\/section>)/;

/**
 * Sends the page; false when the build has no frame or no outcome map to fill it from.
 * @param {IncomingMessage} req @param {ServerResponse} res @param {URLSearchParams} query
 * @param {{ site: Site, api: ReturnType<typeof createOutcomesApi>, store: Store }} from
 */
export async function sendStats(req, res, query, { site, api, store }) {
  const frame = site.files.get("/stats/index.html")?.identity;
  const outcomeMap = site.outcomeMap;
  const parsed = dayRange(query);
  if (!frame || !outcomeMap) return false;
  const range = parsed.range ?? {};
  const since = new Date();
  since.setUTCDate(since.getUTCDate() - 7 * (FLAG_WEEKS - 1));
  const [summary, days, flags] = await Promise.all([api.summary(range), store.days(), store.menuFlags(weekOf(since.toISOString().slice(0, 10)))]);
  const labels = outcomeMap.labels ?? { steps: {}, devices: {}, symptoms: {} };
  let fragment = renderStats({ summary, labels, days });
  // The flags after the figures, inside the same article.
  fragment = fragment.replace(/<\/article>$/, `${renderMenuFlags({ rows: flags, labels, weeks: FLAG_WEEKS })}</article>`);
  // A day that is not a day: say so under the heading, and show every day instead.
  if (parsed.error) fragment = fragment.replace("</h1>", `</h1><p role="alert" class="text-lg font-semibold text-brand-strong dark:text-rose-300">${parsed.error.replace(/"/g, "&quot;")} Showing every day instead.</p>`);
  const html = Buffer.from(frame.body.toString("utf8").replace(STATS_SECTION, (_, open, close) => open + fragment + close));
  const { ETag, "Last-Modified": _, ...headers } = frame.headers;
  res.writeHead(parsed.error ? 400 : 200, { ...headers, "Cache-Control": NO_STORE, "Content-Length": html.length });
  res.end(req.method === "HEAD" ? undefined : html);
  return true;
}
