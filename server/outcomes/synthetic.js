// Made-up counts for the browser tests and the bench: a history of reports per hour, so the live
// level has a usual to compare with. A generator only ever fills a database it has just created,
// and marks it as synthetic (the `synthetic` table), so its figures are never taken for readers'.
import { existsSync, readdirSync } from "node:fs";
import { openStore } from "./store.js";
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
