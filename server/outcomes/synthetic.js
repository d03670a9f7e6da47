// Made-up counts for the browser tests and the bench: a history of reports per hour, so the live
// level has a usual to compare with. A generator only ever fills a database it has just created,
// and marks it as synthetic (the `synthetic` table), so its figures are never taken for readers'.
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { THROWAWAY_PREFIX } from "../../lib/testing/postgres.js";
import { openStore, ROLL_UP } from "./store.js";
import { hourOf } from "./level.js";

const HOUR = 3_600_000;

/**
 * Creates a new embedded database in `dataDir` (which must not exist, or be empty) and marks it.
 * @param {string} dataDir @param {string} note what made it
 */
export async function createSyntheticStore(dataDir, note) {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty: synthetic data only goes into a database made for it.`);
  const store = await openStore({ dataDir });
  await store.db.query("INSERT INTO synthetic (note) VALUES ($1)", [note]);
  return store;
}

/**
 * Opens the PostgreSQL at `databaseUrl` and marks it, only if it is a throwaway server
 * lib/testing/postgres.js has just started: its data folder is one of that helper's temp folders,
 * and its database has no table yet. Anything else (a real server, a database in use) is refused
 * before anything is written.
 * @param {string} databaseUrl @param {string} note what made it
 */
export async function createSyntheticPostgres(databaseUrl, note) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT current_setting('data_directory') AS folder, (SELECT count(*)::int FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')) AS tables",
    );
    const { folder, tables } = rows[0];
    if (!path.resolve(folder).startsWith(path.join(os.tmpdir(), THROWAWAY_PREFIX))) throw new Error(`${databaseUrl} is not a throwaway server of lib/testing/postgres.js: synthetic data only goes into a database made for it.`);
    if (tables > 0) throw new Error(`${databaseUrl} already has tables: synthetic data only goes into a database made for it.`);
  } finally {
    await client.end();
  }
  const store = await openStore({ databaseUrl, dataDir: "" });
  await store.db.query("INSERT INTO synthetic (note) VALUES ($1)", [note]);
  return store;
}

/**
 * Adds `perHour[symptom]` reports to every hour of the `weeks` weeks before `now` (not the
 * current hour and the one before it, which `recent` sets): a steady usual, then a recent count.
 * @param {import("./store.js").Store} store
 * @param {{ now: number, weeks: number, perHour: Record<string, number>, recent?: Record<string, number> }} plan
 */
export async function seedReports(store, { now, weeks, perHour, recent = {} }) {
  if ((await store.synthetic()) === undefined) throw new Error("This database is not marked synthetic: refusing to add made-up reports to it.");
  const current = hourOf(now);
  const first = current - weeks * 7 * 24 * HOUR;
  for (const [symptom, count] of Object.entries(perHour)) {
    await store.db.query(
      `INSERT INTO reports (hour, symptom, count)
       SELECT h, $1, $2 FROM generate_series($3::timestamptz, $4::timestamptz, interval '1 hour') AS h
       ON CONFLICT (hour, symptom) DO UPDATE SET count = EXCLUDED.count`,
      [symptom, count, new Date(first).toISOString(), new Date(current - 2 * HOUR).toISOString()],
    );
  }
  for (const [symptom, count] of Object.entries(recent)) {
    for (const hour of [current - HOUR, current]) {
      await store.db.query(
        `INSERT INTO reports (hour, symptom, count) VALUES ($1::timestamptz, $2, $3)
         ON CONFLICT (hour, symptom) DO UPDATE SET count = EXCLUDED.count`,
        [new Date(hour).toISOString(), symptom, count],
      );
    }
  }
}

/**
 * The kinds of answer a reader can give (one per step URL and answer of the build's outcome map),
 * each with a made-up weight: a step later in the walk is reached by fewer readers (each step 0.8
 * of the one before), Android by 60% and iPhone by 40%, and a fix works for 25–65% of them (a
 * share fixed per step). Spread over `slots` slots in proportion, each kind at least one.
 * @param {import("./api.js").OutcomeMap} map @param {number} slots
 */
export function answerKinds(map, slots = 4096) {
  const kinds = Object.values(map.steps).flatMap((s) => {
    const rank = Math.max(0, map.order.indexOf(s.step));
    const reach = 0.8 ** rank * (s.device === "android" ? 0.6 : s.device === "iphone" ? 0.4 : 1);
    // A share per step that does not change from run to run: from its rank.
    const works = 0.25 + ((rank * 37) % 41) / 100;
    const answers = Object.values(s.answers);
    const worked = answers.filter((a) => a.worked).length;
    return answers.map((a) => ({
      step: s.step,
      symptom: s.symptom,
      device: s.device,
      event: a.event,
      worked: a.worked,
      weight: reach * (worked === 0 ? 1 / answers.length : a.worked ? works / worked : (1 - works) / (answers.length - worked)),
    }));
  });
  const total = kinds.reduce((sum, k) => sum + k.weight, 0);
  const columns = { step: /** @type {string[]} */ ([]), symptom: /** @type {(string | null)[]} */ ([]), device: /** @type {(string | null)[]} */ ([]), event: /** @type {string[]} */ ([]), worked: /** @type {boolean[]} */ ([]) };
  for (const k of kinds) {
    for (let i = Math.max(1, Math.round((k.weight / total) * slots)); i > 0; i--) {
      columns.step.push(k.step);
      columns.symptom.push(k.symptom);
      columns.device.push(k.device);
      columns.event.push(k.event);
      columns.worked.push(k.worked);
    }
  }
  return columns;
}

/**
 * Adds `count` made-up answers, spread evenly at random over the `days` days up to `today`
 * (YYYY-MM-DD), in the proportions of answerKinds, to a synthetic database that has no answers
 * yet; and to the day roll-up with them, by the same statement shape the server writes with.
 * Made in the database (generate_series), `chunk` rows a statement.
 * @param {import("./store.js").Store} store
 * @param {{ count: number, today: string, days?: number, map: import("./api.js").OutcomeMap, chunk?: number, progress?: (done: number) => void }} plan
 */
export async function seedAnswers(store, { count, today, days = 365, map, chunk = 500_000, progress = () => {} }) {
  if ((await store.synthetic()) === undefined) throw new Error("This database is not marked synthetic: refusing to add made-up answers to it.");
  const { rows } = await store.db.query("SELECT (SELECT count(*) FROM (SELECT 1 FROM outcomes LIMIT 1) o) + (SELECT count(*) FROM (SELECT 1 FROM outcome_days LIMIT 1) d) AS n");
  if (Number(rows[0].n) > 0) throw new Error("This database already holds answers: made-up answers only go into an empty one.");
  const kinds = answerKinds(map);
  for (let done = 0; done < count; ) {
    const n = Math.min(chunk, count - done);
    await store.db.query(
      `WITH kinds AS (
         SELECT * FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[]) WITH ORDINALITY AS k (step, symptom, device, event, worked, slot)
       ), made AS (
         SELECT gen_random_uuid() AS id, $2::date - floor(random() * $3)::int AS day, 1 + floor(random() * $4)::int AS slot
         FROM generate_series(1, $1)
       ), stored AS (
         -- A join, not an array subscript per row: reaching into a text array walks it from the start.
         INSERT INTO outcomes (id, day, step, symptom, device, event, worked)
         SELECT made.id, made.day, kinds.step, kinds.symptom, kinds.device, kinds.event, kinds.worked FROM made JOIN kinds USING (slot)
         RETURNING day, step, symptom, device, worked
       ), rolled AS (${ROLL_UP("stored")})
       SELECT 1`,
      [n, today, days, kinds.step.length, kinds.step, kinds.symptom, kinds.device, kinds.event, kinds.worked],
    );
    done += n;
    progress(done);
  }
}
