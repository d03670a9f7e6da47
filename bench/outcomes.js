// `npm run bench:outcomes`: how many readers' answers a second `npm start` counts, and whether every
// 2xx is a row. For each store (the embedded PGlite in a fresh DATA_DIR, then a throwaway
// PostgreSQL from lib/testing/postgres.js when installed), autocannon POSTs valid answers, cycling
// through the build's (from, to) pairs, each with a fresh id so each is a new row; then the rows are
// read back from /api/outcomes/summary. Exits 1 if a 2xx is not a row or a row had no 2xx.
// Then, on each store again, a year of made-up answers and the latency of what readers ask for
// (outcomes-scale.js).
// BENCH_OUTCOMES_SECONDS (default 20; 0 skips this part) sets each run's length;
// BENCH_OUTCOMES_ROWS (default 10,000,000; 0 skips the scale part) the made-up answers;
// BUILD_DIR the build (build/client).
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { freePort, HOST } from "../lib/testing/ports.js";
import { startPostgres, whyNoPostgres } from "../lib/testing/postgres.js";
import { rows as scaleRows, scale, scaleHeader, scaleNote } from "./outcomes-scale.js";
import { envNumber, log, markdownTable, onCleanUp, root, runBench, sleep, startNode, tempDataDir } from "./processes.js";

const dir = path.resolve(root, process.env.BUILD_DIR ?? path.join("build", "client"));
const seconds = envNumber("BENCH_OUTCOMES_SECONDS", 20, 0);
const connections = 100;
const TARGET = 2_000;
const OUTCOMES = "/api/outcomes";

/** The build's outcome map: what a reader can answer. @returns {import("../server/outcomes/api.js").OutcomeMap} */
function outcomeMap() {
  const file = path.join(dir, "_outcomes.json");
  if (!existsSync(file)) throw new Error(`No build in ${dir} (no _outcomes.json): run npm run build first.`);
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Every (from, to) a reader can send: each step's URL with each of its answers' URLs. */
const validPairs = () => Object.entries(outcomeMap().steps).flatMap(([from, step]) => Object.keys(step.answers).map((to) => [from, to]));

/** Rows stored: the summary's answers summed over its steps. */
async function rowCount(/** @type {number} */ port) {
  const response = await fetch(`http://${HOST}:${port}${OUTCOMES}/summary`);
  if (!response.ok) throw new Error(`${OUTCOMES}/summary answered ${response.status}`);
  const { steps } = /** @type {{ steps: { answered: number }[] }} */ (await response.json());
  return steps.reduce((sum, step) => sum + step.answered, 0);
}

/** The row count once it stops moving: requests cut off at the end may still be landing. */
async function settledRowCount(/** @type {number} */ port) {
  let last = await rowCount(port);
  for (;;) {
    await sleep(500);
    const now = await rowCount(port);
    if (now === last) return now;
    last = now;
  }
}

/**
 * Sends again, with the same id, each answer the run cut off before its reply (autocannon drops
 * the requests in flight when time is up; a timeout drops one too). The server stores an id once,
 * so each reply settles it: 201 stored now, 200 stored by the dropped request. Either way it is a
 * row, as it would be for a reader's page retrying.
 * @param {number} port @param {Map<string, string>} unanswered id → body
 */
async function resend(port, unanswered) {
  const statuses = await Promise.all(
    [...unanswered.values()].map(async (body) => {
      const response = await fetch(`http://${HOST}:${port}${OUTCOMES}`, { method: "POST", headers: { "content-type": "application/json" }, body });
      await response.arrayBuffer();
      return response.status;
    }),
  );
  const refused = statuses.filter((status) => status < 200 || status > 299);
  if (refused.length > 0) throw new Error(`${refused.length} resent answers were refused (${[...new Set(refused)].join(", ")})`);
}

/** POSTs a new answer per request for `seconds` on `port`, then settles and counts. @param {number} port @param {string[][]} pairs */
async function measure(port, pairs) {
  /** @type {Map<string, string>} id → body, from building the request to its reply */
  const unanswered = new Map();
  /** @type {Set<string>} */
  const acknowledged = new Set();
  let next = 0;
  /** @type {import("autocannon").Result} */
  const result = await autocannon({
    url: `http://${HOST}:${port}${OUTCOMES}`,
    connections,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      {
        // Called once per request sent; the context lives until that request's reply.
        setupRequest(/** @type {any} */ request, /** @type {{ id?: string }} */ context) {
          const [from, to] = pairs[next++ % pairs.length] ?? [];
          const id = randomUUID();
          const body = JSON.stringify({ from, to, id });
          unanswered.set(id, body);
          context.id = id;
          return { ...request, body };
        },
        onResponse(/** @type {number} */ status, /** @type {string} */ _body, /** @type {object} */ context) {
          // setupRequest above put the id in this request's context.
          const { id } = /** @type {{ id: string }} */ (context);
          unanswered.delete(id);
          if (status >= 200 && status <= 299) acknowledged.add(id);
        },
      },
    ],
  });
  // Both counts see the same replies; a difference means the ids were tracked wrongly.
  if (acknowledged.size !== result["2xx"]) throw new Error(`autocannon counted ${result["2xx"]} 2xx, the ids ${acknowledged.size}`);
  const twoXx = acknowledged.size;
  await settledRowCount(port);
  const cutOff = unanswered.size;
  await resend(port, unanswered);
  const rows = await settledRowCount(port);
  const expected = twoXx + cutOff;
  return {
    perSecond: twoXx / result.duration,
    p99: result.latency.p99,
    twoXx,
    cutOff,
    rows,
    lost: Math.max(0, expected - rows),
    doubled: Math.max(0, rows - expected),
    non2xx: result.non2xx,
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
  };
}

/** @typedef {{ name: string, missing: () => string | undefined, env: () => Promise<Record<string, string>> }} Store */
/** @type {Store[]} */
const stores = [
  { name: "embedded", missing: () => undefined, env: async () => ({}) },
  { name: "postgres", missing: whyNoPostgres, env: async () => ({ DATABASE_URL: (await startPostgres({ log, onCleanUp })).url }) },
];

async function main() {
  const ingest = seconds > 0 ? await ingestion() : 0;
  if (scaleRows === 0) return ingest;
  console.log(`\nScale: ${scaleRows.toLocaleString("en-US")} made-up answers over a year in each store, then the summary and the live level.\n`);
  /** @type {string[][]} */
  const rows = [];
  let met = true;
  for (const store of stores) {
    const missing = store.missing();
    if (missing) {
      console.log(`  ${store.name}: skipped, ${missing}.`);
      continue;
    }
    const { ok, row } = await scale(/** @type {"embedded" | "postgres"} */ (store.name), outcomeMap(), dir);
    met &&= ok;
    rows.push(row);
  }
  console.log("\n" + markdownTable(scaleHeader, rows));
  console.log(`\n${scaleNote()} ${met ? "✓" : "✗"}`);
  return ingest;
}

/** Answers per second into each store, and that none is lost or doubled; 1 if one was. */
async function ingestion() {
  const pairs = validPairs();
  console.log(`Load: ${connections} connections POSTing ${OUTCOMES} for ${seconds} s per store, each a new answer (${pairs.length} valid pairs in turn), on ${HOST}.\n`);
  /** @type {string[][]} */
  const rows = [];
  let failed = false;
  let embeddedPerSecond = 0;
  for (const store of stores) {
    const missing = store.missing();
    if (missing) {
      console.log(`  ${store.name}: skipped, ${missing}.`);
      continue;
    }
    const port = await freePort();
    const env = { ...(await store.env()), BUILD_DIR: dir, DATA_DIR: tempDataDir(), OUTCOMES_RATE_LIMIT: "0", PORT: String(port), HOST };
    await startNode(["server/start.js"], port, env);
    log(`${store.name}: ${seconds} s of answers on port ${port}…`);
    const m = await measure(port, pairs);
    if (m.lost > 0 || m.doubled > 0) failed = true;
    if (store.name === "embedded") embeddedPerSecond = m.perSecond;
    const cells = [m.perSecond, m.p99, m.twoXx, m.cutOff, m.rows, m.lost, m.doubled, m.non2xx, m.errors, m.timeouts].map((n) => String(Math.round(n)));
    rows.push([store.name, ...cells]);
  }
  const header = ["store", "events/s", "p99 ms", "2xx answers", "cut off, resent", "rows", "lost", "doubled", "non-2xx", "errors", "timeouts"];
  console.log("\n" + markdownTable(header, rows));
  console.log(
    "\n'cut off, resent': requests in flight when the run stopped, sent again with their id; rows must be 2xx + those." +
      `\nTarget: at least ${TARGET.toLocaleString("en-US")} events/s on the embedded store: ${embeddedPerSecond >= TARGET ? "✓" : "✗"} (${Math.round(embeddedPerSecond)}).` +
      `\nEvery 2xx a row and no row without one (lost = doubled = 0): ${failed ? "✗" : "✓"}.`,
  );
  return failed ? 1 : 0;
}

// Seeding 10 million answers takes minutes per store.
await runBench(main, (9 + (scaleRows / 10_000_000) * 30) * 60_000);
