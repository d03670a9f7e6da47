// Where outcomes are kept: an embedded PostgreSQL (PGlite, the WASM build of Postgres) in a data
// folder by default, or a real PostgreSQL server when DATABASE_URL is set (node-postgres). The same
// SQL runs on both. The schema is the migration files in ./migrations, applied in name order at
// start, each once.
//
// Writes are grouped: answers that arrive while one insert is running go into the next insert
// together, and each request is answered only once the insert that holds it has committed. That
// is what lets one embedded database take thousands of answers a second, and what makes a 2xx
// mean "stored".
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const MIGRATIONS = path.join(import.meta.dirname, "migrations");
/** The most answers one insert carries. */
const BATCH = 2_000;

/**
 * Adds the answers `source` has just stored (a CTE of `INSERT … RETURNING day, step, symptom,
 * device, worked`) to the day roll-up (migration 004), in the same statement: an answer stored is
 * counted there once, an id already stored not at all. Keys in one order, so two servers writing
 * at once lock the rows they share in the same order instead of deadlocking.
 * @param {string} source
 */
export const ROLL_UP = (source) => `
  INSERT INTO outcome_days (day, step, symptom, device, answered, worked)
  SELECT day, step, symptom, device, count(*), count(*) FILTER (WHERE worked) FROM ${source}
  GROUP BY day, step, symptom, device ORDER BY day, step, symptom, device
  ON CONFLICT (day, step, symptom, device)
  DO UPDATE SET answered = outcome_days.answered + EXCLUDED.answered, worked = outcome_days.worked + EXCLUDED.worked`;

/**
 * @typedef {{ id?: string, day: string, step: string, symptom: string | null, device: string | null, event: string, worked: boolean }} Outcome
 * @typedef {{ step: string, symptom: string | null, device: string | null, answered: number, worked: number }} Tally
 * @typedef {{ query: (sql: string, params?: unknown[]) => Promise<{ rows: any[] }>, exec: (sql: string) => Promise<void>, close: () => Promise<void>, alone?: <T>(work: (db: Db) => Promise<T>) => Promise<T> }} Db
 * `alone`: runs `work` on one connection of its own, holding a lock no other server can take at the
 * same time (PostgreSQL's advisory lock). The embedded database has one connection, in one process.
 */

/** The advisory lock the migrations take: any number, the same in every server of this app. */
const MIGRATION_LOCK = 4_217_001;

/** node-postgres behind the small interface both databases share. */
async function openPostgres(/** @type {string} */ url) {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // A server that is not there fails here, at start, with its own message.
  await pool.query("SELECT 1");
  /** @type {Db} */
  const db = {
    query: (sql, params) => pool.query(sql, params),
    exec: async (sql) => void (await pool.query(sql)),
    close: () => pool.end(),
    // Two servers started together on a new database would both apply the migrations; the lock
    // makes the second wait, then find them applied. One connection, so a failed migration's
    // ROLLBACK reaches the transaction it failed in.
    async alone(work) {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
        /** @type {Db} */
        const session = { query: (sql, params) => client.query(sql, params), exec: async (sql) => void (await client.query(sql)), close: async () => {} };
        return await work(session);
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
  };
  return db;
}

async function openEmbedded(/** @type {string} */ dir) {
  mkdirSync(dir, { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = await PGlite.create(dir);
  /** @type {Db} */
  const db = {
    query: (sql, params) => pglite.query(sql, params),
    exec: async (sql) => void (await pglite.exec(sql)),
    close: () => pglite.close(),
  };
  return db;
}

/** Applies the migrations not applied yet, each in its own transaction; returns their names. */
async function migrate(/** @type {Db} */ db) {
  await db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
  const done = new Set((await db.query("SELECT name FROM schema_migrations")).rows.map((r) => r.name));
  const applied = [];
  for (const name of readdirSync(MIGRATIONS).filter((f) => f.endsWith(".sql")).sort()) {
    if (done.has(name)) continue;
    const sql = readFileSync(path.join(MIGRATIONS, name), "utf8");
    // BEGIN/COMMIT in one script: a failed migration leaves nothing half-applied. Names are file
    // names of this folder, never input.
    await db.exec(`BEGIN;\n${sql}\nINSERT INTO schema_migrations (name) VALUES ('${name.replace(/'/g, "''")}');\nCOMMIT;`).catch(async (error) => {
      await db.exec("ROLLBACK").catch(() => {});
      throw new Error(`migration ${name} failed: ${error.message}`);
    });
    applied.push(name);
  }
  return applied;
}

/**
 * Where the embedded database lives for a server whose data folder is `dataDir` (DATA_DIR, else
 * data/ beside the build): the server and the browser tests' seeding (e2e/support/seed.js) agree.
 * @param {string} dataDir
 */
export const embeddedDir = (dataDir) => path.resolve(dataDir, "outcomes");

/**
 * Opens the store: PostgreSQL at `databaseUrl` if given, else the embedded database in `dataDir`
 * (created on first start).
 * @param {{ databaseUrl?: string, dataDir: string }} options
 */
export async function openStore({ databaseUrl, dataDir }) {
  const kind = databaseUrl ? "postgres" : "embedded";
  const db = databaseUrl ? await openPostgres(databaseUrl) : await openEmbedded(dataDir);
  let migrations;
  try {
    migrations = db.alone ? await db.alone(migrate) : await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }

  /** @type {{ outcome: Outcome, done: (inserted: boolean) => void, failed: (error: Error) => void }[]} */
  let pending = [];
  /** @type {Promise<void> | undefined} */
  let writing;

  async function writeAll() {
    while (pending.length > 0) {
      const batch = pending.slice(0, BATCH);
      pending = pending.slice(BATCH);
      const columns = { id: [], day: [], step: [], symptom: [], device: [], event: [], worked: [] };
      for (const { outcome } of batch) {
        columns.id.push(/** @type {never} */ (outcome.id ?? randomUUID()));
        for (const key of /** @type {const} */ (["day", "step", "symptom", "device", "event", "worked"])) columns[key].push(/** @type {never} */ (outcome[key]));
      }
      try {
        const { rows } = await db.query(
          `WITH stored AS (
             INSERT INTO outcomes (id, day, step, symptom, device, event, worked)
             SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[])
             ON CONFLICT (id) DO NOTHING RETURNING id, day, step, symptom, device, worked
           ), rolled AS (${ROLL_UP("stored")})
           SELECT id::text FROM stored`,
          Object.values(columns),
        );
        const inserted = new Set(rows.map((r) => r.id));
        batch.forEach(({ done }, i) => done(inserted.delete(columns.id[i])));
      } catch (error) {
        batch.forEach(({ failed }) => failed(/** @type {Error} */ (error)));
      }
    }
  }

  /** Starts a writer unless one runs; on the next turn, so answers arriving together share the insert. */
  function startWriting() {
    if (writing) return;
    writing = new Promise((resolve) => setImmediate(resolve))
      .then(writeAll)
      .finally(() => {
        writing = undefined;
        // Answers that came in between the writer's last look and its end.
        if (pending.length > 0) startWriting();
      });
  }

  return {
    kind,
    migrations,
    /**
     * Stores one outcome; resolves once it is committed: true if new, false if an outcome with
     * the same id was already stored.
     * @param {Outcome} outcome @returns {Promise<boolean>}
     */
    record(outcome) {
      return new Promise((done, failed) => {
        pending.push({ outcome, done, failed });
        startWriting();
      });
    },
    /**
     * Answers and "it worked" per step and context, on the days from `from` to `to` (inclusive,
     * YYYY-MM-DD; either may be left out), from the day roll-up. The sums are float8, which node-postgres
     * reads as numbers (a bigint would come back as a string), exact far beyond any real count.
     * @param {{ from?: string, to?: string }} range @returns {Promise<Tally[]>}
     */
    async tally({ from, to } = {}) {
      const { rows } = await db.query(
        `SELECT step, symptom, device, sum(answered)::float8 AS answered, sum(worked)::float8 AS worked
         FROM outcome_days WHERE ($1::date IS NULL OR day >= $1::date) AND ($2::date IS NULL OR day <= $2::date)
         GROUP BY step, symptom, device`,
        [from ?? null, to ?? null],
      );
      return rows;
    },
    /** The first and last day with an outcome (YYYY-MM-DD), or undefined when there is none. */
    async days() {
      const { rows } = await db.query("SELECT min(day)::text AS first, max(day)::text AS last FROM outcomes");
      return rows[0]?.first ? { first: String(rows[0].first), last: String(rows[0].last) } : undefined;
    },
    /**
     * Counts one "the menu looked different" from a reader: that step, that week, that reason.
     * @param {{ week: string, step: string, reason: string }} flag
     */
    async flagMenu({ week, step, reason }) {
      await db.query(
        `INSERT INTO menu_flags (week, step, reason, count) VALUES ($1::date, $2, $3, 1)
         ON CONFLICT (week, step, reason) DO UPDATE SET count = menu_flags.count + 1`,
        [week, step, reason],
      );
    },
    /**
     * The flags of the weeks from `since` (a Monday, YYYY-MM-DD) on, per step and reason.
     * @param {string} since @returns {Promise<Array<{ step: string, reason: string, count: number }>>}
     */
    async menuFlags(since) {
      const { rows } = await db.query(
        `SELECT step, reason, sum(count)::int AS count FROM menu_flags WHERE week >= $1::date GROUP BY step, reason`,
        [since],
      );
      return rows;
    },
    /**
     * Counts one reader's report of a symptom in the hour that starts at `hour` (ms).
     * @param {{ hour: number, symptom: string }} report
     */
    async report({ hour, symptom }) {
      await db.query(
        `INSERT INTO reports (hour, symptom, count) VALUES ($1::timestamptz, $2, 1)
         ON CONFLICT (hour, symptom) DO UPDATE SET count = reports.count + 1`,
        [new Date(hour).toISOString(), symptom],
      );
    },
    /**
     * The reports per symptom and hour from `since` (ms) on, and the first hour anything was
     * reported at all (the start of the history a baseline may use).
     * @param {number} since @returns {Promise<{ first: number | undefined, rows: Array<{ hour: number, symptom: string, count: number }> }>}
     */
    async reports(since) {
      const [{ rows }, first] = await Promise.all([
        db.query(`SELECT (extract(epoch FROM hour) * 1000)::float8 AS hour, symptom, count FROM reports WHERE hour >= $1::timestamptz`, [new Date(since).toISOString()]),
        db.query(`SELECT (extract(epoch FROM min(hour)) * 1000)::float8 AS first FROM reports`),
      ]);
      const start = first.rows[0]?.first;
      return { first: start === null || start === undefined ? undefined : Number(start), rows: rows.map((r) => ({ hour: Number(r.hour), symptom: r.symptom, count: Number(r.count) })) };
    },
    /** Whether a generator made this database (the `synthetic` mark); its note, or undefined. */
    async synthetic() {
      const { rows } = await db.query("SELECT note FROM synthetic ORDER BY made_at LIMIT 1");
      return rows[0]?.note === undefined ? undefined : String(rows[0].note);
    },
    /** The database itself, for a generator of synthetic data (server/outcomes/synthetic.js) only. */
    db,
    /** How many outcomes are stored (tests and the bench compare it with the 2xx answers). */
    async count() {
      const { rows } = await db.query("SELECT count(*)::int AS n FROM outcomes");
      return Number(rows[0].n);
    },
    /** Waits for the answers already received to be written, then closes the database. */
    async close() {
      while (writing) await writing;
      await db.close();
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof openStore>>} Store */
