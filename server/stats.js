// GET /stats, the figures page: its frame is prerendered (src/routes/stats.tsx) and each request
// fills the frame's section with the figures of the days asked for (outcomes/stats-page.js), so
// the page is never cached.
/** @import { IncomingMessage, ServerResponse } from "node:http" */
/** @import { Site } from "./site.js" */
/** @import { Store } from "./outcomes/store.js" */
/** @import { createOutcomesApi } from "./outcomes/api.js" */
import { NO_STORE } from "./headers.js";
import { dayRange } from "./outcomes/api.js";
import { renderStats } from "./outcomes/stats-page.js";

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
  const [summary, days] = await Promise.all([api.summary(range), store.days()]);
  let fragment = renderStats({ summary, labels: outcomeMap.labels ?? { steps: {}, devices: {}, symptoms: {} }, days });
  // A day that is not a day: say so under the heading, and show every day instead.
  if (parsed.error) fragment = fragment.replace("</h1>", `</h1><p role="alert" class="text-lg font-semibold text-brand-strong dark:text-rose-300">${parsed.error.replace(/"/g, "&quot;")} Showing every day instead.</p>`);
  const html = Buffer.from(frame.body.toString("utf8").replace(STATS_SECTION, (_, open, close) => open + fragment + close));
  const { ETag, "Last-Modified": _, ...headers } = frame.headers;
  res.writeHead(parsed.error ? 400 : 200, { ...headers, "Cache-Control": NO_STORE, "Content-Length": html.length });
  res.end(req.method === "HEAD" ? undefined : html);
  return true;
}
