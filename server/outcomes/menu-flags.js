// POST /api/menu-flags: a reader says a step's menu looked different in their app (TikTok renames
// and moves its settings without notice, and readers see it first). Fixed reasons only, no free
// text; counted per step and week. The page sends JSON; without JavaScript its form posts and the
// answer is a 303 back to the step, whose "#menu-flagged" note then shows (CSS :target).
/** @import { IncomingMessage, ServerResponse } from "node:http" */
/** @import { Store } from "./store.js" */
import { commonHeaders, NO_STORE } from "../../lib/headers.js";
import { rateLimiter, readBody, send } from "./api.js";

export const MENU_FLAGS_PATH = "/api/menu-flags";
/**
 * What a reader can say was different, in the words of the page's buttons (src/components/menu-flag.tsx,
 * which cannot be imported here: a test keeps the two equal). /stats heads its columns with them.
 */
export const MENU_FLAG_WORDS = /** @type {Record<string, string>} */ ({ name: "A name was different", missing: "A button was missing", order: "The order was different" });
export const MENU_FLAG_REASONS = Object.keys(MENU_FLAG_WORDS);
const MAX_BODY = 1024;

/**
 * The build's map of the pages whose step shows a menu path: page URL → step id
 * (src/routes/outcome-map.ts).
 * @typedef {{ menus?: Record<string, string> }} MenuMap
 */

/** The Monday (UTC) of the week `day` (YYYY-MM-DD) is in. */
export function weekOf(/** @type {string} */ day) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/**
 * Checks a flag: the page must be a step URL that shows a menu path, the reason one of the fixed ones.
 * @param {Record<string, unknown>} body @param {MenuMap} map
 * @returns {{ page: string, step: string, reason: string } | { error: string }}
 */
export function parseMenuFlag(body, map) {
  const { page, reason } = body;
  if (typeof page !== "string" || !map.menus || !Object.hasOwn(map.menus, page)) return { error: '"page" is not a step of this guide that shows a menu.' };
  if (typeof reason !== "string" || !MENU_FLAG_REASONS.includes(reason)) return { error: `"reason" must be one of ${MENU_FLAG_REASONS.join(", ")}.` };
  return { page, step: /** @type {string} */ (map.menus[page]), reason };
}

/**
 * @param {{ store: Store, map: () => MenuMap | undefined, rateLimit?: number, today?: () => string, log?: (line: string) => void }} options
 */
export function createMenuFlagsApi({ store, map, rateLimit = 60, today = () => new Date().toISOString().slice(0, 10), log = console.error }) {
  const limiter = rateLimiter(rateLimit);

  /** @param {IncomingMessage} req @param {ServerResponse} res */
  async function post(req, res) {
    const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    const form = type === "application/x-www-form-urlencoded";
    if (!form && type !== "application/json") return send(res, 415, { error: "Send JSON or a form." });
    if (!limiter.allow(req.socket.remoteAddress ?? "")) return send(res, 429, { error: "Too many flags from one address: try again in a minute." }, { "Retry-After": String(limiter.retryAfter()) });
    const text = await readBody(req, MAX_BODY);
    if (text === undefined) return send(res, 413, { error: `The body is over ${MAX_BODY} bytes.` }, { Connection: "close" });
    /** @type {Record<string, unknown>} */
    let body;
    try {
      body = form ? Object.fromEntries(new URLSearchParams(text)) : JSON.parse(text);
    } catch {
      return send(res, 400, { error: "The body is not JSON." });
    }
    if (typeof body !== "object" || body === null) return send(res, 400, { error: "Expected an object." });
    const current = map();
    if (!current) return send(res, 503, { error: "This build has no outcome map." });
    const flag = parseMenuFlag(body, current);
    if ("error" in flag) return send(res, 400, { error: flag.error });
    try {
      await store.flagMenu({ week: weekOf(today()), step: flag.step, reason: flag.reason });
    } catch (error) {
      log(`Could not store a menu flag: ${/** @type {Error} */ (error).message}`);
      return send(res, 503, { error: "Could not store it just now: try again later." }, { "Retry-After": "30" });
    }
    if (!form) return send(res, 201, { counted: true });
    // Back to the step the form was on, which then shows its thanks.
    res.writeHead(303, { ...commonHeaders, "Cache-Control": NO_STORE, Location: `${flag.page}#menu-flagged`, "Content-Length": "0" });
    res.end();
  }

  /**
   * Answers a request for the flags' path; false for any other path.
   * @param {IncomingMessage} req @param {ServerResponse} res @param {string} pathname
   * @returns {false | Promise<void>}
   */
  function handle(req, res, pathname) {
    if (pathname !== MENU_FLAGS_PATH) return false;
    if (req.method !== "POST") return Promise.resolve(send(res, 405, { error: "Use POST." }, { Allow: "POST" }));
    return post(req, res).catch((error) => {
      log(`Could not answer POST ${pathname}: ${/** @type {Error} */ (error).message}`);
      if (!res.headersSent) send(res, 500, { error: "Internal error." });
      else res.destroy();
    });
  }

  return { handle };
}
