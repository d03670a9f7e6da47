// The scale part of `npm run bench:outcomes`: a year of made-up answers (BENCH_OUTCOMES_ROWS,
// default 10 million) in a database the bench has just made and marked synthetic
// (server/outcomes/synthetic.js), then `node server/start.js` on it:
//   - the summary, one request at a time, each for other days (no cache could answer it): p50, p99,
//     after 20 requests to warm the server up;
//   - the live level at a steady 1,000 requests a second for BENCH_OUTCOMES_LIVE_SECONDS (default
//     65, so its one-minute reading has to be made again once): p50, p99, errors, and how many
//     readings the answers came from (their `at`), after 3 s to warm up. On PostgreSQL also the queries that read the
//     `reports` table in that time, from the server's own statistics (pg_stat_user_tables).
// Before the server starts, it times the summary's query once on the rows themselves and once on
// the day roll-up (migration 004): what the roll-up saves.
import path from "node:path";
import autocannon from "autocannon";
import { HOST, freePort } from "../lib/testing/ports.js";
import { startPostgres } from "../lib/testing/postgres.js";
import { createSyntheticPostgres, createSyntheticStore, seedAnswers, seedReports } from "../server/outcomes/synthetic.js";
import { envNumber, log, onCleanUp, percentile, sleep, startNode, tempDataDir } from "./processes.js";

export const rows = envNumber("BENCH_OUTCOMES_ROWS", 10_000_000, 0);
const liveSeconds = envNumber("BENCH_OUTCOMES_LIVE_SECONDS", 65, 1);
const RATE = 1_000;
const SUMMARY_REQUESTS = 200;
const WARM_UP = 20;
const DAY = 86_400_000;
const TARGET_MS = 50;

/** Milliseconds `work` takes, the best of `times`. @param {() => Promise<unknown>} work */
async function best(work, times = 3) {
  let fastest = Infinity;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - t);
  }
  return fastest;
}

/**
 * Seeds a new synthetic database with `rows` answers and 12 weeks of reports, and times the
 * summary's query with and without the roll-up.
 * @param {import("../server/outcomes/store.js").Store} store @param {import("../server/outcomes/api.js").OutcomeMap} map
 */
async function seed(store, map) {
  const started = performance.now();
  const today = new Date().toISOString().slice(0, 10);
  await seedAnswers(store, { count: rows, today, map, progress: (done) => log(`  ${done.toLocaleString("en-US")} answers, ${Math.round((performance.now() - started) / 1000)} s`) });
  await seedReports(store, { now: Date.now(), weeks: 12, perHour: { unliking: 12, missing: 4, dropping: 2 } });
  const seconds = (performance.now() - started) / 1000;
  // The summary's query as it was before migration 004: every answer grouped at each request.
  const raw = await best(() => store.db.query("SELECT step, symptom, device, count(*)::int AS answered, (count(*) FILTER (WHERE worked))::int AS worked FROM outcomes GROUP BY step, symptom, device"));
  const rolled = await best(() => store.tally({}));
  return { seconds, raw, rolled };
}

/** The summary one request at a time, each `from` another day of the year (one in four: every day). @param {number} port */
async function summaryLatency(port) {
  /** @type {number[]} */
  const times = [];
  // The first WARM_UP requests warm the server up (its code compiled, the roll-up in memory) and are not counted.
  for (let i = -WARM_UP; i < SUMMARY_REQUESTS; i++) {
    const from = new Date(Date.now() - ((i * 7) % 365) * DAY).toISOString().slice(0, 10);
    const url = `http://${HOST}:${port}/api/outcomes/summary${i % 4 === 0 ? "" : `?from=${from}`}`;
    const t = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (i >= 0) times.push(performance.now() - t);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** The live level at RATE requests a second: latency, errors, and the readings the answers came from. @param {number} port */
async function liveLoad(port) {
  /** @type {Set<string>} */
  const readings = new Set();
  // Three seconds to warm up, not counted; its reading is still the one the run starts on.
  await autocannon({ url: `http://${HOST}:${port}/api/outcomes/live`, connections: 20, overallRate: RATE, duration: 3 });
  const result = await autocannon({
    url: `http://${HOST}:${port}/api/outcomes/live`,
    connections: 20,
    overallRate: RATE,
    duration: liveSeconds,
    requests: [
      {
        onResponse(/** @type {number} */ _status, /** @type {string} */ body) {
          const at = /"at":"([^"]+)"/.exec(body)?.[1];
          if (at) readings.add(at);
        },
      },
    ],
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.non2xx,
    readings: readings.size,
  };
}

/** Queries that have read the `reports` table so far, by the server's statistics (flushed within 10 s of a backend going idle). @param {string} url */
async function reportScans(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT (seq_scan + coalesce(idx_scan, 0))::int AS n FROM pg_stat_user_tables WHERE relname = 'reports'");
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * One store: seeded, served, measured. Returns a row of the scale table.
 * @param {"embedded" | "postgres"} kind @param {import("../server/outcomes/api.js").OutcomeMap} map @param {string} dir the build
 */
export async function scale(kind, map, dir) {
  const note = `npm run bench:outcomes: ${rows} made-up answers`;
  /** @type {Record<string, string>} */
  let env;
  let url = "";
  let store;
  if (kind === "postgres") {
    url = (await startPostgres({ log, onCleanUp })).url;
    store = await createSyntheticPostgres(url, note);
    env = { DATABASE_URL: url };
  } else {
    const dataDir = tempDataDir();
    store = await createSyntheticStore(path.join(dataDir, "outcomes"), note);
    env = { DATA_DIR: dataDir };
  }
  log(`${kind}: seeding ${rows.toLocaleString("en-US")} answers…`);
  const seeded = await seed(store, map).finally(() => store.close());
  const port = await freePort();
  await startNode(["server/start.js"], port, { ...env, BUILD_DIR: dir, OUTCOMES_RATE_LIMIT: "0", PORT: String(port), HOST });
  log(`${kind}: the summary, ${SUMMARY_REQUESTS} requests one at a time…`);
  const summary = await summaryLatency(port);
  // Statistics of what came before (the seeding, the summaries) flushed, so the difference is the run's.
  if (kind === "postgres") await sleep(11_000);
  const scansBefore = kind === "postgres" ? await reportScans(url) : 0;
  log(`${kind}: the live level at ${RATE} requests a second for ${liveSeconds} s…`);
  const live = await liveLoad(port);
  if (kind === "postgres") await sleep(11_000);
  const scans = kind === "postgres" ? (await reportScans(url)) - scansBefore : undefined;
  const allowed = Math.ceil(liveSeconds / 60);
  const ok = summary.p99 <= TARGET_MS && live.p99 <= TARGET_MS && live.failed === 0 && live.perSecond >= RATE * 0.98 && live.readings <= allowed;
  const ms = (/** @type {number} */ n) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
  return {
    ok,
    row: [
      kind === "postgres" ? "PostgreSQL" : "embedded (PGlite)",
      rows.toLocaleString("en-US"),
      `${Math.round(seeded.seconds)} s`,
      `${ms(seeded.raw)} → ${ms(seeded.rolled)}`,
      `${ms(summary.p50)} · ${ms(summary.p99)}`,
      `${Math.round(live.perSecond)} · ${live.failed}`,
      `${ms(live.p50)} · ${ms(live.p99)}`,
      `${live.readings} in ${liveSeconds} s${scans === undefined ? "" : ` (${scans} queries read reports)`}`,
    ],
  };
}

export const scaleHeader = ["store", "answers", "seeded in", "summary query: rows → roll-up (ms)", "summary p50 · p99 (ms)", "live req/s · failed", "live p50 · p99 (ms)", "live readings"];
export const scaleNote = () =>
  `Summary: ${SUMMARY_REQUESTS} requests one at a time, each for other days. Live: ${RATE} requests a second for ${liveSeconds} s, 20 connections, after 3 s of the same to warm up; "readings": the distinct readings (\`at\`) the answers came from, at most one a minute (${Math.ceil(liveSeconds / 60)}); each reading is two queries of \`reports\` for every symptom at once.` +
  `\nTarget: summary and live p99 ≤ ${TARGET_MS} ms, ${RATE} live requests a second with none failed.`;
