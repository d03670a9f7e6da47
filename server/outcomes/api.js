// The outcome counter's HTTP side: POST /api/outcomes records one answer, GET
// /api/outcomes/summary(.csv) reads the tallies. An answer is accepted only as a pair the machine
// can produce (the build's /_outcomes.json: src/wizard/outcomes.ts): the step the reader was on and
// the URL of the answer they tapped. What is stored: the step id, the symptom and phone of that
// URL, the answer's event name, whether it ended the walk as fixed, and the day. Never the
// address, the browser, a cookie or anything else about the reader; the address is held in memory
// for the rate limit's one-minute window, and for the live level's hour (live.js), then forgotten.
// GET /api/outcomes/live and /evidence: what the steps show of the counts (level.js, live.js).
import { commonHeaders, NO_STORE } from "../../lib/headers.js";
import { EVIDENCE } from "./level.js";
import { createLive } from "./live.js";
import { reuseFor } from "./reuse.js";
import { summarise, summaryCsv } from "./summary.js";

export const OUTCOMES_PATH = "/api/outcomes";
/** Bodies above this are refused unread (a real one is under 200 bytes). */
export const MAX_BODY = 4 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @typedef {import("./store.js").Store} Store
 * @typedef {{ version: 1, order: string[], fixes: string[], steps: Record<string, { step: string, symptom: string | null, device: string | null, answers: Record<string, { event: string, worked: boolean }> }>, labels?: { steps: Record<string, string>, devices: Record<string, string>, symptoms: Record<string, string> }, menus?: Record<string, string> }} OutcomeMap
 * @typedef {import("node:http").IncomingMessage} Req @typedef {import("node:http").ServerResponse} Res
 */

/** The reader asked not to be counted: Global Privacy Control, or the older Do Not Track. */
export const optedOut = (/** @type {Req} */ req) => req.headers["sec-gpc"] === "1" || req.headers.dnt === "1";

/** A JSON or text answer with the common headers, never cached. */
export function send(/** @type {Res} */ res, /** @type {number} */ status, /** @type {unknown} */ body, /** @type {Record<string, string>} */ extra = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const type = typeof body === "string" ? "text/plain; charset=utf-8" : "application/json; charset=utf-8";
  res.writeHead(status, { ...commonHeaders, "Cache-Control": NO_STORE, "Content-Type": type, "Content-Length": String(Buffer.byteLength(text)), ...extra });
  res.end(res.req?.method === "HEAD" ? undefined : text);
}

const refusal = (/** @type {Res} */ res, /** @type {number} */ status, /** @type {string} */ reason, extra = {}) => send(res, status, { error: reason }, extra);

/** Reads the body up to `max` bytes; undefined if it is longer (the rest is drained, not kept). */
export function readBody(/** @type {Req} */ req, max = MAX_BODY) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on("data", (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.on("end", () => resolve(size <= max ? Buffer.concat(chunks).toString("utf8") : undefined));
    req.on("error", reject);
  });
}

/**
 * Checks a posted body against the map. Returns the outcome to store, or the reason it is refused.
 * @param {string} text @param {OutcomeMap} map @param {string} day
 * @returns {{ outcome: import("./store.js").Outcome, report: string | undefined } | { reason: string }}
 */
export function parseOutcome(text, map, day) {
  /** @type {unknown} */
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { reason: "The body is not JSON." };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { reason: 'Expected an object: {"from": "/a/step", "to": "/the/answer"}.' };
  const { from, to, id, report, ...rest } = /** @type {Record<string, unknown>} */ (body);
  const extra = Object.keys(rest);
  if (extra.length > 0) return { reason: `Unknown field "${extra[0]?.slice(0, 40)}": only "from", "to", "id" and "report".` };
  if (report !== undefined && typeof report !== "boolean") return { reason: '"report" must be true or false.' };
  if (typeof from !== "string" || typeof to !== "string") return { reason: '"from" and "to" must both be step URLs.' };
  if (id !== undefined && (typeof id !== "string" || !UUID.test(id))) return { reason: '"id" must be a UUID.' };
  const step = Object.hasOwn(map.steps, from) ? map.steps[from] : undefined;
  if (!step) return { reason: '"from" is not a step of this guide.' };
  const answer = Object.hasOwn(step.answers, to) ? step.answers[to] : undefined;
  if (!answer) return { reason: '"to" is not an answer of that step.' };
  return {
    outcome: {
      id: id?.toLowerCase(),
      day,
      step: step.step,
      symptom: step.symptom,
      device: step.device,
      event: answer.event,
      worked: answer.worked,
    },
    // The answer to "what is happening?" is also a report of that problem for the live level, when
    // the page says it is this browser's first this hour.
    report: report === true && step.step === "symptom" && answer.event.startsWith("symptom.") ? answer.event.slice("symptom.".length) : undefined,
  };
}

/** Per-address counts over a fixed window, forgotten when it ends. */
export function rateLimiter(/** @type {number} */ max, windowMs = 60_000, now = () => Date.now()) {
  /** @type {Map<string, number>} */
  let counts = new Map();
  let windowEnds = now() + windowMs;
  return {
    /** Whether one more request from `address` is allowed now; 0 for `max` turns the limit off. */
    allow(/** @type {string} */ address) {
      if (max <= 0) return true;
      if (now() >= windowEnds) {
        counts = new Map();
        windowEnds = now() + windowMs;
      }
      const count = (counts.get(address) ?? 0) + 1;
      counts.set(address, count);
      return count <= max;
    },
    /** Seconds until the window ends (Retry-After). */
    retryAfter: () => Math.max(1, Math.ceil((windowEnds - now()) / 1000)),
  };
}

/** `from` and `to` query parameters: YYYY-MM-DD, both optional. */
export function dayRange(/** @type {URLSearchParams} */ query) {
  /** @type {{ from?: string, to?: string }} */
  const range = {};
  for (const key of /** @type {const} */ (["from", "to"])) {
    const value = query.get(key);
    if (value === null || value === "") continue;
    // The round trip also catches days that do not exist (2026-02-30), which Date would roll over.
    const parsed = DAY.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
    if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) return { error: `"${key}" must be a day as YYYY-MM-DD.` };
    range[key] = value;
  }
  if (range.from && range.to && range.from > range.to) return { error: '"from" is after "to".' };
  return { range };
}

/** The symptoms a reader can report: the answers of the symptom step. */
export const symptomsOf = (/** @type {OutcomeMap | undefined} */ map) =>
  [...new Set(Object.values(map?.steps ?? {}).filter((s) => s.step === "symptom").flatMap((s) => Object.values(s.answers).map((a) => a.event)))]
    .filter((event) => event.startsWith("symptom."))
    .map((event) => event.slice("symptom.".length));


/**
 * @param {{ store: Store, map: () => OutcomeMap | undefined, rateLimit?: number, now?: () => number, log?: (line: string) => void }} options
 * `map` is read on each request: a new build brings a new map. `rateLimit`: answers per address per
 * minute (0: no limit). `now`: the clock (tests move it).
 */
export function createOutcomesApi({ store, map, rateLimit = 60, now = () => Date.now(), log = console.error }) {
  const limiter = rateLimiter(rateLimit, 60_000, now);
  const today = () => new Date(now()).toISOString().slice(0, 10);
  const live = createLive({ store, symptoms: () => symptomsOf(map()), now });

  /** @param {Req} req @param {Res} res */
  async function post(req, res) {
    const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") return refusal(res, 415, "Send JSON (Content-Type: application/json).");
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > MAX_BODY) return refusal(res, 413, `The body is over ${MAX_BODY} bytes.`, { Connection: "close" });
    if (!limiter.allow(req.socket.remoteAddress ?? "")) return refusal(res, 429, "Too many answers from one address: try again in a minute.", { "Retry-After": String(limiter.retryAfter()) });
    const text = await readBody(req);
    if (text === undefined) return refusal(res, 413, `The body is over ${MAX_BODY} bytes.`, { Connection: "close" });
    const current = map();
    if (!current) return refusal(res, 503, "This build has no outcome map.");
    const parsed = parseOutcome(text, current, today());
    if ("reason" in parsed) return refusal(res, 400, parsed.reason);
    if (optedOut(req)) return send(res, 202, { counted: false, reason: "Your browser asks not to be counted (Global Privacy Control or Do Not Track)." });
    try {
      const [stored] = await Promise.all([store.record(parsed.outcome), parsed.report && live.report(req.socket.remoteAddress ?? "", parsed.report)]);
      return stored ? send(res, 201, { counted: true }) : send(res, 200, { counted: false, reason: "Already counted." });
    } catch (error) {
      log(`Could not store an outcome: ${/** @type {Error} */ (error).message}`);
      return refusal(res, 503, "Could not store it just now: send it again later.", { "Retry-After": "30" });
    }
  }

  /** @param {Req} req @param {Res} res @param {URLSearchParams} query @param {"json" | "csv"} format */
  async function summary(req, res, query, format) {
    const parsed = dayRange(query);
    if (parsed.error !== undefined) return refusal(res, 400, parsed.error);
    const current = map();
    if (!current) return refusal(res, 503, "This build has no outcome map.");
    const result = summarise(await store.tally(parsed.range), current, parsed.range);
    if (format === "json") return send(res, 200, result);
    const csv = summaryCsv(result);
    res.writeHead(200, {
      ...commonHeaders,
      "Cache-Control": NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="outcomes.csv"',
      "Content-Length": String(Buffer.byteLength(csv)),
    });
    res.end(req.method === "HEAD" ? undefined : csv);
  }

  /** The last reading, written out once for every request it answers. @type {{ reading: object, body: string } | undefined} */
  let liveBody;
  /** The live level of each symptom (GET /api/outcomes/live): from a read at most a minute old. */
  async function liveLevels(/** @type {Res} */ res) {
    const reading = await live.current();
    if (liveBody?.reading !== reading) {
      const round = (/** @type {number | null} */ n) => (n === null ? null : Math.round(n * 10) / 10);
      const symptoms = Object.fromEntries(
        Object.entries(reading.levels).map(([symptom, r]) => [symptom, { level: r.level, reports: r.level === "unknown" ? null : r.reports, usual: round(r.usual), ratio: round(r.ratio) }]),
      );
      liveBody = { reading, body: JSON.stringify({ at: new Date(reading.at).toISOString(), symptoms }) };
    }
    // Shared caches may keep it as long as the server does: a minute.
    return send(res, 200, liveBody.body, { "Cache-Control": "public, max-age=60", "Content-Type": "application/json; charset=utf-8" });
  }

  /** How often each fix worked in the last 90 days: the /stats figures of those days, read at most once a minute. */
  const evidenceFigures = reuseFor(
    () => {
      const from = new Date(now() - (EVIDENCE.days - 1) * 86_400_000).toISOString().slice(0, 10);
      return store.tally({ from }).then((tallies) => {
        const current = map();
        const summary = summarise(tallies, current ?? { version: 1, order: [], fixes: [], steps: {} }, { from });
        const enough = (/** @type {import("./summary.js").Figures} */ f) => f.answered >= EVIDENCE.minimum;
        const pick = (/** @type {import("./summary.js").Figures} */ f) => ({ answered: f.answered, worked: f.worked, share: f.share, interval: f.interval });
        // Every fix of this build, answered or not: below the minimum, no figure.
        const fixes = Object.fromEntries(
          (current?.fixes ?? []).map((step) => {
            const s = summary.steps.find((t) => t.step === step);
            const byDevice = Object.entries(s?.byDevice ?? {}).filter(([, f]) => enough(f));
            return [step, { all: s && enough(s) ? pick(s) : null, byDevice: Object.fromEntries(byDevice.map(([d, f]) => [d, pick(f)])) }];
          }),
        );
        return { from, days: EVIDENCE.days, minimum: EVIDENCE.minimum, fixes };
      });
    },
    60_000,
    now,
  );
  /** GET /api/outcomes/evidence */
  async function evidence(/** @type {Res} */ res) {
    return send(res, 200, await evidenceFigures.get(), { "Cache-Control": "public, max-age=60" });
  }

  /**
   * Answers the request if it is for the API; false if it is not (the static site answers it).
   * @param {Req} req @param {Res} res @param {string} pathname @param {URLSearchParams} query
   * @returns {false | Promise<void>}
   */
  function handle(req, res, pathname, query) {
    /** @type {Record<string, "post" | "json" | "csv" | "live" | "evidence">} */
    const routes = { [OUTCOMES_PATH]: "post", [`${OUTCOMES_PATH}/summary`]: "json", [`${OUTCOMES_PATH}/summary.csv`]: "csv", [`${OUTCOMES_PATH}/live`]: "live", [`${OUTCOMES_PATH}/evidence`]: "evidence" };
    const route = Object.hasOwn(routes, pathname) ? routes[pathname] : undefined;
    if (!route) return false;
    const method = req.method ?? "";
    const allowed = route === "post" ? "POST" : "GET, HEAD";
    if (!allowed.split(", ").includes(method)) {
      return Promise.resolve(refusal(res, 405, `Use ${allowed}.`, { Allow: allowed }));
    }
    const work = route === "post" ? post(req, res) : route === "live" ? liveLevels(res) : route === "evidence" ? evidence(res) : summary(req, res, query, route);
    return work.catch((error) => {
      log(`Could not answer ${method} ${pathname}: ${/** @type {Error} */ (error).message}`);
      if (!res.headersSent) refusal(res, 500, "Internal error.");
      else res.destroy();
    });
  }

  return { handle, live, summary: async (/** @type {{ from?: string, to?: string }} */ range) => summarise(await store.tally(range), map() ?? { version: 1, order: [], fixes: [], steps: {} }, range) };
}
