// Counting outcomes, through the real server and a real database: the embedded PGlite always, and
// a fresh PostgreSQL server too when the machine has one installed (Debian's postgresql package,
// started in a temp folder by lib/testing/postgres.js; .ci/run installs it).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepPage } from "../../src/content/page.server.ts";
import { outcomeMap } from "../../src/wizard/outcomes.ts";
import { writeFiles } from "../../lib/testing/files.js";
import { postgresAvailable, startPostgres, withPostgres } from "../../lib/testing/postgres.js";
import { buildStatsRenderer } from "../../postbuild/stats-renderer.js";
import { createServer } from "../server.js";
import { STATS_RENDERER_FILE } from "../stats-build.js";
import { parseOutcome, rateLimiter } from "./api.js";
import { REASONS } from "../../src/components/menu-flag.tsx";
import { MENU_FLAG_WORDS, weekOf } from "./menu-flags.js";
import { openStore, type Store } from "./store.js";
import { wilson } from "./summary.js";
import { createSyntheticPostgres, createSyntheticStore, seedAnswers, seedReports } from "./synthetic.js";

const CACHE = "/unliking/android/cache";
const map = {
  ...outcomeMap((step) => stepPage(step.href)?.answers ?? []),
  labels: { steps: { cache: "Clear TikTok's cache" }, devices: { android: "Android" }, symptoms: {} },
  menus: { [CACHE]: "cache" },
};
const FIXED = "/unliking/android/cache/fixed";
const SLOW_DOWN = "/unliking/android/slow-down";

describe("a menu flag's reasons", () => {
  it("are the page's buttons, key for key and word for word", () => {
    expect(Object.fromEntries(REASONS)).toEqual(MENU_FLAG_WORDS);
  });
});

describe("the week a menu flag is counted in", () => {
  it("starts on the Monday", () => {
    expect(["2026-11-30", "2026-12-04", "2026-12-06"].map(weekOf)).toEqual(["2026-11-30", "2026-11-30", "2026-11-30"]);
    expect(weekOf("2026-12-07")).toBe("2026-12-07");
    expect(weekOf("2027-01-01")).toBe("2026-12-28");
  });
});

describe("what the server accepts as an outcome", () => {
  const parse = (body: unknown) => parseOutcome(typeof body === "string" ? body : JSON.stringify(body), map, "2026-11-25");

  it("takes a step and one of its answers, and stores what they mean, not the URLs", () => {
    expect(parse({ from: CACHE, to: FIXED })).toEqual({
      outcome: { id: undefined, day: "2026-11-25", step: "cache", symptom: "unliking", device: "android", event: "answer.yes", worked: true },
    });
    expect(parse({ from: CACHE, to: SLOW_DOWN })).toMatchObject({ outcome: { step: "cache", event: "answer.no", worked: false } });
  });

  it("refuses anything a reader cannot produce by tapping an answer, with a reason", () => {
    expect(parse({ from: CACHE, to: "/unliking/iphone/cache/fixed" })).toEqual({ reason: '"to" is not an answer of that step.' });
    expect(parse({ from: "/nowhere", to: FIXED })).toEqual({ reason: '"from" is not a step of this guide.' });
    expect(parse({ from: "__proto__", to: "constructor" })).toEqual({ reason: '"from" is not a step of this guide.' });
    expect(parse({ from: CACHE, to: FIXED, ip: "1.2.3.4" })).toMatchObject({ reason: expect.stringContaining('Unknown field "ip"') });
    expect(parse({ from: CACHE, to: FIXED, id: "1; DROP TABLE outcomes" })).toEqual({ reason: '"id" must be a UUID.' });
    expect(parse("[1]")).toMatchObject({ reason: expect.stringContaining("Expected an object") });
    expect(parse("{")).toEqual({ reason: "The body is not JSON." });
    expect(parse({ from: 1, to: FIXED })).toMatchObject({ reason: expect.stringContaining("must both be step URLs") });
  });
});

describe("the figures", () => {
  it("gives the 95% Wilson interval (checked against the textbook formula's known values)", () => {
    // By hand: centre (0.3 + z²/80) / (1 + z²/40) = 0.3175, half-width 0.1368.
    const [low, high] = wilson(12, 40)!;
    expect(low).toBeCloseTo(0.1807, 3);
    expect(high).toBeCloseTo(0.4543, 3);
    expect(wilson(0, 10)![0]).toBe(0);
    expect(wilson(10, 10)![1]).toBeCloseTo(1, 12);
    expect(wilson(0, 0)).toBeNull();
  });

  it("limits answers per address over one window, then forgets them", () => {
    let now = 0;
    const limiter = rateLimiter(2, 60_000, () => now);
    expect([limiter.allow("a"), limiter.allow("a"), limiter.allow("a"), limiter.allow("b")]).toEqual([true, true, false, true]);
    expect(limiter.retryAfter()).toBe(60);
    now = 60_000;
    expect(limiter.allow("a")).toBe(true);
  });
});

/**
 * A built site with what the counter needs: the not-found page, the outcome map, the /stats frame
 * (its renderer is built apart: statsRenderer).
 */
function fixtureSite(root: string) {
  const dir = path.join(root, "client");
  const files: Record<string, string> = {
    "index.html": "<!DOCTYPE html><title>Start</title><h1>Start</h1>",
    "404/index.html": "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>",
    "stats/index.html": '<!DOCTYPE html><title>Which fixes work</title><main><section data-page="stats" class="x"><h1>Which fixes work</h1>No server here.</section></main><footer>Footer</footer>',
    "_outcomes.json": JSON.stringify(map),
    _headers: "/*\n",
  };
  writeFiles(dir, files);
  return dir;
}

/** The /stats renderer, built once for the file as the build makes it (postbuild/stats-renderer.js), copied into `dir`. */
let built: Promise<string> | undefined;
let builtIn: string | undefined;
afterAll(() => {
  if (builtIn) rmSync(builtIn, { recursive: true, force: true });
});
async function addStatsRenderer(dir: string) {
  built ??= (async () => {
    const out = (builtIn = mkdtempSync(path.join(tmpdir(), "outcomes-renderer-")));
    mkdirSync(path.join(out, "stats"));
    writeFileSync(path.join(out, "stats", "index.html"), '<main><section data-page="stats"></section></main>');
    return (await buildStatsRenderer(out)).file;
  })();
  copyFileSync(await built, path.join(dir, STATS_RENDERER_FILE));
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}
function request(port: number, method: string, target: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: target, headers: { "content-type": "application/json", ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The answers grouped per day, step, symptom and phone, from the rows themselves and from the roll-up. */
async function rolledUpBothWays(store: Store) {
  const order = "ORDER BY day, step, symptom NULLS FIRST, device NULLS FIRST";
  const raw = await store.db.query(`SELECT day::text, step, symptom, device, count(*)::int AS answered, (count(*) FILTER (WHERE worked))::int AS worked FROM outcomes GROUP BY day, step, symptom, device ${order}`);
  const rolled = await store.db.query(`SELECT day::text, step, symptom, device, answered, worked FROM outcome_days ${order}`);
  return { raw: raw.rows, rolled: rolled.rows };
}

/** `node server/start.js` with `env`, its port read from the line it prints once listening. */
function startServer(env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "..", "start.js")], { env: { ...process.env, HOST: "127.0.0.1", PORT: "0", OUTCOMES_RATE_LIMIT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const port = new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      const match = /running at http:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.stderr!.on("data", (chunk) => (output += chunk));
    child.on("exit", () => reject(new Error(`the server exited: ${output}`)));
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { child, port, stop };
}

const databases: Array<[string, () => Promise<{ url?: string; stop: () => Promise<void> }>]> = [["embedded PGlite", async () => ({ stop: async () => {} })]];
if (postgresAvailable()) databases.push(["PostgreSQL", () => startPostgres()]);
else it.skip("PostgreSQL is not installed here: only the embedded database was tested", () => {});

describe.each(databases)("counting through the server, %s", (_name, startDatabase) => {
  let root: string;
  let store: Store;
  let server: ReturnType<typeof createServer>;
  let port: number;
  let stopDatabase: () => Promise<void>;
  const log: string[] = [];
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    request(port, "POST", "/api/outcomes", typeof body === "string" ? body : JSON.stringify(body), headers);
  const rows = () => store.count();

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "outcomes-test-"));
    const database = await startDatabase();
    stopDatabase = database.stop;
    store = await openStore({ databaseUrl: database.url, dataDir: path.join(root, "data") });
    const dir = fixtureSite(root);
    await addStatsRenderer(dir);
    server = createServer({ dir, outcomes: { store, rateLimit: 0 }, log: (line) => log.push(line), watchMs: 0 });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as net.AddressInfo).port;
  }, 60_000);

  afterAll(async () => {
    await server?.shutdown(1000);
    await store?.close();
    await stopDatabase?.();
    rmSync(root, { recursive: true, force: true });
  });

  it("stores a tapped answer and shows it in the summary, split by phone and symptom", async () => {
    const before = await rows();
    expect(await post({ from: CACHE, to: FIXED })).toMatchObject({ status: 201, body: '{"counted":true}' });
    expect((await post({ from: CACHE, to: SLOW_DOWN })).status).toBe(201);
    expect(await rows()).toBe(before + 2);
    const summary = JSON.parse((await request(port, "GET", "/api/outcomes/summary")).body);
    const cache = summary.steps.find((s: { step: string }) => s.step === "cache");
    expect(cache).toMatchObject({ step: "cache", fix: true, answered: 2, worked: 1, byDevice: { android: { answered: 2, worked: 1 } }, bySymptom: { unliking: { answered: 2, worked: 1 } } });
    const csv = await request(port, "GET", "/api/outcomes/summary.csv");
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.body.split("\r\n")).toContain("cache,true,device,android,2,1,0.5000,0.0945,0.9055");
  });

  it("counts a reader's flag that a step's menu looked different, per step and reason, and lists it on /stats", async () => {
    const flag = (body: string, type = "application/json") => request(port, "POST", "/api/menu-flags", body, { "content-type": type });
    expect(await flag(JSON.stringify({ page: CACHE, reason: "name" }))).toMatchObject({ status: 201, body: '{"counted":true}' });
    // Without JavaScript the form posts, and the reader goes back to the step, to its thanks note.
    const form = await flag(`page=${encodeURIComponent(CACHE)}&reason=missing`, "application/x-www-form-urlencoded");
    expect(form.status).toBe(303);
    expect(form.headers.location).toBe(`${CACHE}#menu-flagged`);
    // Only the fixed reasons, only pages that show a menu path.
    expect((await flag(JSON.stringify({ page: CACHE, reason: "it was blue" }))).status).toBe(400);
    expect((await flag(JSON.stringify({ page: "/unliking/android/update", reason: "name" }))).status).toBe(400);
    expect((await request(port, "GET", "/api/menu-flags")).status).toBe(405);
    const counts = await store.menuFlags(weekOf(new Date().toISOString().slice(0, 10)));
    expect(counts).toEqual(expect.arrayContaining([{ step: "cache", reason: "name", count: 1 }, { step: "cache", reason: "missing", count: 1 }]));
    const stats = (await request(port, "GET", "/stats")).body;
    expect(stats).toContain("Menus readers say have changed");
    expect(stats).toMatch(/<th scope="row"[^>]*>Clear TikTok(&#x27;|&#39;)s cache<\/th><td[^>]*>1<\/td><td[^>]*>1<\/td><td[^>]*>0<\/td>/);
  });

  it("counts an answer sent twice once (the page resends what it did not hear back about)", async () => {
    const id = randomUUID();
    const before = await rows();
    expect((await post({ from: CACHE, to: FIXED, id })).status).toBe(201);
    expect(await post({ from: CACHE, to: FIXED, id: id.toUpperCase() })).toMatchObject({ status: 200, body: expect.stringContaining("Already counted") });
    expect(await rows()).toBe(before + 1);
  });

  it("keeps the day roll-up equal to the answers themselves: resends, answers arriving together, other days", async () => {
    const ids = Array.from({ length: 150 }, () => randomUUID());
    const pairs = [[CACHE, FIXED], [CACHE, SLOW_DOWN], ["/symptom", "/unliking/connection"], ["/", "/symptom"]];
    // Each id sent twice at once (the second may land in the same insert or the next), 300 posts in flight.
    const sends = ids.flatMap((id, i) => [0, 1].map(() => async () => (await post({ from: pairs[i % 4]![0], to: pairs[i % 4]![1], id })).status));
    const statuses = await inParallel(sends, 100);
    expect(statuses.filter((s) => s === 201)).toHaveLength(150);
    expect(statuses.filter((s) => s === 200)).toHaveLength(150);
    await Promise.all(
      ["2025-12-31", "2026-06-01", "2026-06-01"].map((day, i) => store.record({ id: i === 2 ? ids[0] : undefined, day, step: "cache", symptom: "unliking", device: null, event: "answer.no", worked: false })),
    );
    const { raw, rolled } = await rolledUpBothWays(store);
    expect(rolled.length).toBeGreaterThan(3);
    expect(rolled).toEqual(raw);
  });

  it("stores nothing from a browser that sends Global Privacy Control or Do Not Track", async () => {
    const before = await rows();
    expect((await post({ from: CACHE, to: FIXED }, { "sec-gpc": "1" })).status).toBe(202);
    expect((await post({ from: CACHE, to: FIXED }, { dnt: "1" })).status).toBe(202);
    expect(await rows()).toBe(before);
  });

  it("answers bad requests with the right status and a short reason, and stores nothing", async () => {
    const before = await rows();
    // The other phone's page: a link on the step ("Show iPhone instead"), but not an answer to count.
    expect(await post({ from: CACHE, to: "/unliking/iphone/cache" })).toMatchObject({ status: 400, body: '{"error":"\\"to\\" is not an answer of that step."}' });
    expect((await post({ from: CACHE, to: FIXED }, { "content-type": "text/plain" })).status).toBe(415);
    expect((await post(JSON.stringify({ from: CACHE, to: FIXED, pad: "x".repeat(5000) }))).status).toBe(413);
    expect((await request(port, "GET", "/api/outcomes")).headers.allow).toBe("POST");
    expect((await request(port, "DELETE", "/api/outcomes/summary")).status).toBe(405);
    expect((await request(port, "GET", "/api/outcomes/summary?from=2026-02-30")).status).toBe(400);
    expect((await request(port, "GET", "/api/outcomes/summary?from=2026-11-25&to=2026-11-01")).status).toBe(400);
    expect(await rows()).toBe(before);
  });

  it("fuzz: malformed bodies and URLs all get a 4xx, never a 5xx, and the row count does not move", async () => {
    const before = await rows();
    const steps = Object.keys(map.steps);
    const nasty = ["'; DROP TABLE outcomes; --", "\u0000", "😀".repeat(500), "%00", "../../etc/passwd", "<script>", "\ud800", "x".repeat(3000)];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pick = <T,>(list: T[]) => list[rnd(list.length)]!;
    const bodies: string[] = [];
    for (let i = 0; i < 300; i++) {
      const from = rnd(3) === 0 ? pick(nasty) : pick(steps);
      const to = rnd(2) === 0 ? pick(nasty) : pick(steps); // a step URL, but (almost never) an answer of `from`
      const shapes = [
        JSON.stringify({ from, to }),
        JSON.stringify({ from, to, id: pick(nasty) }),
        JSON.stringify([from, to]),
        JSON.stringify({ from: { $ne: null }, to }),
        `{"from": "${from.slice(0, 20)}", "to": `,
        JSON.stringify(from),
        "null",
        JSON.stringify({ from, to, extra: 1 }),
      ];
      const body = pick(shapes);
      if (parseOutcome(body, map, "2026-11-25").hasOwnProperty("outcome")) continue; // a real pair by chance
      bodies.push(body);
    }
    const statuses = new Set<number>();
    for (let i = 0; i < bodies.length; i += 20) {
      const answers = await Promise.all(bodies.slice(i, i + 20).map((body) => post(body)));
      answers.forEach((a) => statuses.add(a.status));
    }
    // Odd URLs under the API.
    for (const target of ["/api/outcomes/", "/api/outcomes/summary.csv?from=%00", "/api/outcomes/summary?from=2026-01-01'%20OR%201=1", "/api/outcomes?x=" + "y".repeat(3000), "/api/%2e%2e/outcomes"]) {
      statuses.add((await request(port, "GET", target)).status);
    }
    expect(bodies.length).toBeGreaterThan(250);
    expect([...statuses].filter((s) => s < 400 || s >= 500)).toEqual([]);
    expect(await rows()).toBe(before);
  }, 60_000);

  it("the /stats page shows the figures of the days asked for, and says what is wrong with a bad day", async () => {
    await store.record({ day: "2026-01-15", step: "update", symptom: "unliking", device: "iphone", event: "answer.yes", worked: true });
    const page = await request(port, "GET", "/stats?from=2026-01-01&to=2026-01-31");
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    // The frame's section, and only it, drawn anew.
    expect(page.body).toMatch(/^<!DOCTYPE html><title>Which fixes work<\/title><main><section data-page="stats"/);
    expect(page.body).toMatch(/<\/section><\/main><footer>Footer<\/footer>$/);
    expect(page.body).not.toContain("No server here.");
    expect(page.body).toMatch(/1 of 1 \(100%\)/);
    const january = JSON.parse((await request(port, "GET", "/api/outcomes/summary?from=2026-01-01&to=2026-01-31")).body);
    expect(january.steps.map((s: { step: string }) => s.step)).toEqual(["update"]);
    const bad = await request(port, "GET", "/stats?from=soon");
    expect(bad.status).toBe(400);
    expect(bad.body).toContain("YYYY-MM-DD. Showing every day instead.");
  });

  it("refuses floods from one address with 429 and Retry-After", async () => {
    const limited = createServer({ dir: path.join(root, "client"), outcomes: { store, rateLimit: 3 }, log: () => {}, watchMs: 0 });
    await new Promise<void>((resolve) => limited.listen(0, "127.0.0.1", resolve));
    try {
      const limitedPort = (limited.address() as net.AddressInfo).port;
      const before = await rows();
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await request(limitedPort, "POST", "/api/outcomes", JSON.stringify({ from: CACHE, to: FIXED })));
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 429, 429]);
      expect(Number(answers[3]!.headers["retry-after"])).toBeGreaterThan(0);
      expect(await rows()).toBe(before + 3);
    } finally {
      await limited.shutdown(1000);
    }
  });
});

describe("a server killed in the middle of a stream of answers", () => {
  it("has stored every answer it acknowledged, after a restart (embedded database)", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "outcomes-kill-"));
    const env = { BUILD_DIR: fixtureSite(root), DATA_DIR: path.join(root, "data") };
    const start = () => startServer(env);
    try {
      const first = start();
      const port = await first.port;
      const acknowledged: string[] = [];
      let killed = false;
      // Eight senders post without pause; the server is killed with SIGKILL once 300 are acknowledged.
      const senders = Array.from({ length: 8 }, async () => {
        while (!killed) {
          const id = randomUUID();
          const answer = await request(port, "POST", "/api/outcomes", JSON.stringify({ from: CACHE, to: FIXED, id })).catch(() => undefined);
          if (answer && answer.status >= 200 && answer.status < 300) acknowledged.push(id);
          if (acknowledged.length >= 300 && !killed) {
            killed = true;
            first.child.kill("SIGKILL");
          }
        }
      });
      await Promise.all(senders);
      await new Promise((resolve) => (first.child.exitCode === null && first.child.signalCode === null ? first.child.once("exit", resolve) : resolve(null)));

      const second = start();
      const again = await second.port;
      try {
        // Each acknowledged id is already there: sending it again is "already counted" (200), never new (201).
        const statuses = new Set<number>();
        for (let i = 0; i < acknowledged.length; i += 25) {
          const answers = await Promise.all(acknowledged.slice(i, i + 25).map((id) => request(again, "POST", "/api/outcomes", JSON.stringify({ from: CACHE, to: FIXED, id }))));
          answers.forEach((a) => statuses.add(a.status));
        }
        expect(acknowledged.length).toBeGreaterThanOrEqual(300);
        expect([...statuses]).toEqual([200]);
      } finally {
        second.child.kill("SIGTERM");
        await new Promise((resolve) => second.child.once("exit", resolve));
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 90_000);
});

describe.each(databases)("the day roll-up and synthetic answers, %s", (name, startDatabase) => {
  let root: string;
  let url: string | undefined;
  let stopDatabase: () => Promise<void>;
  const embedded = name === "embedded PGlite";

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "outcomes-synthetic-"));
    const database = await startDatabase();
    url = database.url;
    stopDatabase = database.stop;
  }, 60_000);
  afterAll(async () => {
    await stopDatabase?.();
    rmSync(root, { recursive: true, force: true });
  });

  it("fills a new database with made-up answers, marked synthetic, the roll-up agreeing with the rows; and only an empty one", async () => {
    const store = embedded ? await createSyntheticStore(path.join(root, "seeded"), "server test") : await createSyntheticPostgres(url!, "server test");
    try {
      await seedAnswers(store, { count: 20_000, today: "2026-12-04", map, chunk: 7_000 });
      expect(await store.count()).toBe(20_000);
      expect(await store.synthetic()).toBe("server test");
      const { raw, rolled } = await rolledUpBothWays(store);
      expect(rolled).toEqual(raw);
      expect(raw.map((r) => r.day).sort()).toMatchObject({ 0: "2025-12-05", [raw.length - 1]: "2026-12-04" });
      // Later in the walk, fewer readers.
      const tallies = await store.tally();
      const answered = (step: string) => tallies.filter((t) => t.step === step).reduce((sum, t) => sum + t.answered, 0);
      expect(answered("symptom")).toBeGreaterThan(answered("cache"));
      await expect(seedAnswers(store, { count: 10, today: "2026-12-04", map })).rejects.toThrow(/already holds answers/);
      await store.db.query("DELETE FROM synthetic");
      await expect(seedAnswers(store, { count: 10, today: "2026-12-04", map })).rejects.toThrow(/not marked synthetic/);
    } finally {
      await store.close();
    }
    // A database with tables in it, or a folder with files in it, is not one the generator made.
    await expect(embedded ? createSyntheticStore(path.join(root, "seeded"), "again") : createSyntheticPostgres(url!, "again")).rejects.toThrow(/made for it/);
  }, 60_000);

  it.skipIf(!embedded)("refuses a PostgreSQL that is not a throwaway server of lib/testing/postgres.js", async () => {
    // Nothing listens there: the check runs before anything could be written, and fails either way.
    await expect(createSyntheticPostgres("postgres://postgres@127.0.0.1:1/postgres", "no")).rejects.toThrow();
  });
});

describe("the migration that adds the day roll-up", () => {
  it("counts the answers stored before it (embedded database)", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "outcomes-migrate-"));
    try {
      const { PGlite } = await import("@electric-sql/pglite");
      const { readFileSync, readdirSync } = await import("node:fs");
      const migrations = path.join(import.meta.dirname, "migrations");
      const old = await PGlite.create(path.join(root, "data"));
      await old.exec("CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
      for (const file of readdirSync(migrations).filter((f) => f < "004")) {
        await old.exec(readFileSync(path.join(migrations, file), "utf8"));
        await old.query("INSERT INTO schema_migrations (name) VALUES ($1)", [file]);
      }
      await old.exec(`INSERT INTO outcomes SELECT gen_random_uuid(), date '2026-11-01' + i % 3, (ARRAY['cache', 'update', 'start'])[1 + i % 3], CASE WHEN i % 3 = 2 THEN NULL ELSE 'unliking' END, CASE WHEN i % 3 = 2 THEN NULL ELSE 'android' END, 'answer.yes', i % 4 = 0 FROM generate_series(1, 500) AS i`);
      await old.close();
      const store = await openStore({ dataDir: path.join(root, "data") });
      try {
        expect(store.migrations).toEqual(["004-outcome-days.sql"]);
        const { raw, rolled } = await rolledUpBothWays(store);
        expect(rolled).toHaveLength(3);
        expect(rolled).toEqual(raw);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.skipIf(!postgresAvailable())("two servers started together on a new PostgreSQL", () => {
  it("both start: one applies each migration, the other waits for it and finds it applied", async () => {
    await withPostgres(async (database, root) => {
      const stores = await Promise.all([0, 1].map((i) => openStore({ databaseUrl: database.url, dataDir: path.join(root, String(i)) })));
      const applied = stores.flatMap((s) => s.migrations).sort();
      expect(applied.length).toBeGreaterThan(0);
      expect(new Set(applied).size).toBe(applied.length);
      expect(stores.some((s) => s.migrations.length === 0)).toBe(true);
      await Promise.all(stores.map((s) => s.close()));
    });
  }, 60_000);
});

describe.skipIf(!postgresAvailable())("two servers on one PostgreSQL, one killed in the middle of a stream of answers", () => {
  it("has stored every answer either acknowledged, once, and both give the same level", async () => {
    await withPostgres(async (database, root) => {
      const servers: Array<ReturnType<typeof startServer>> = [];
      try {
        // The test made this database, so it may mark it and give it a history: a usual of 3 reports
        // an hour of likes turning back and of likes missing, and an outage of the first now.
        const seeded = await createSyntheticPostgres(database.url, "server test: two servers");
        await seedReports(seeded, { now: Date.now(), weeks: 4, perHour: { unliking: 3, missing: 3 }, recent: { unliking: 60 } });
        await seeded.close();
        const env = { BUILD_DIR: fixtureSite(root), DATABASE_URL: database.url };
        servers.push(startServer(env), startServer(env));
        const ports = await Promise.all(servers.map((s) => s.port));
        const acknowledged: string[] = [];
        let killed = false;
        let afterKill = 0;
        // Eight senders to each server; the first is killed with SIGKILL once 300 answers are
        // acknowledged in all, and the senders to the second go on for 200 more.
        const senders = ports.flatMap((port, which) =>
          Array.from({ length: 8 }, async () => {
            while (which === 0 ? !killed : afterKill < 200) {
              const id = randomUUID();
              const answer = await request(port, "POST", "/api/outcomes", JSON.stringify({ from: CACHE, to: FIXED, id })).catch(() => undefined);
              if (answer && answer.status >= 200 && answer.status < 300) {
                acknowledged.push(id);
                if (killed && which === 1) afterKill += 1;
              }
              if (acknowledged.length >= 300 && !killed) {
                killed = true;
                servers[0]!.child.kill("SIGKILL");
              }
            }
          }),
        );
        await Promise.all(senders);
        await servers[0]!.stop();

        const check = await openStore({ databaseUrl: database.url, dataDir: "" });
        try {
          const { rows } = await check.db.query("SELECT count(*)::int AS n FROM outcomes WHERE id = ANY($1::uuid[])", [acknowledged]);
          expect(new Set(acknowledged).size).toBe(acknowledged.length);
          expect(rows[0].n).toBe(acknowledged.length);
          const { raw, rolled } = await rolledUpBothWays(check);
          expect(rolled).toEqual(raw);
        } finally {
          await check.close();
        }

        servers[0] = startServer(env);
        const levels = await Promise.all([servers[0].port, ports[1]!].map(async (port) => {
          const { symptoms } = JSON.parse((await request(await port, "GET", "/api/outcomes/live")).body);
          return Object.fromEntries(Object.entries(symptoms as Record<string, { level: string }>).map(([symptom, r]) => [symptom, r.level]));
        }));
        expect(levels[0]).toEqual({ unliking: "high", missing: "normal", dropping: "unknown" });
        expect(levels[1]).toEqual(levels[0]);
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
    });
  }, 120_000);
});

/** One kept-alive connection pool per loopback address. */
const agents = new Map<string, http.Agent>();
const agentFor = (localAddress: string) => agents.get(localAddress) ?? agents.set(localAddress, new http.Agent({ keepAlive: true, localAddress })).get(localAddress)!;

/** A POST from a given loopback address (127.0.0.x): what many readers look like to the server. */
function postFrom(port: number, localAddress: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method: "POST", path: "/api/outcomes", headers: { "content-type": "application/json" }, agent: agentFor(localAddress) },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

/** Runs `tasks` with at most `width` at a time. */
async function inParallel<T>(tasks: Array<() => Promise<T>>, width = 50): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  }));
  return results;
}

describe.each(databases)("is it just me? the live level and the evidence, %s", (_name, startDatabase) => {
  let root: string;
  let store: Store;
  let server: ReturnType<typeof createServer>;
  let port: number;
  let stopDatabase: () => Promise<void>;
  // The server's clock: a quarter past an hour, moved on past the minute the level is kept for.
  let clock = Date.UTC(2026, 11, 4, 18, 15);
  const later = () => (clock += 61_000);
  const live = async () => JSON.parse((await request(port, "GET", "/api/outcomes/live")).body).symptoms;
  const REPORT = { from: "/symptom", to: "/unliking/connection", report: true };

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "outcomes-live-"));
    const database = await startDatabase();
    stopDatabase = database.stop;
    store = await openStore({ databaseUrl: database.url, dataDir: path.join(root, "data") });
    server = createServer({ dir: fixtureSite(root), outcomes: { store, rateLimit: 0, now: () => clock }, log: () => {}, watchMs: 0 });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as net.AddressInfo).port;
  }, 60_000);

  afterAll(async () => {
    for (const agent of agents.values()) agent.destroy();
    agents.clear();
    await server?.shutdown(1000);
    await store?.close();
    await stopDatabase?.();
    rmSync(root, { recursive: true, force: true });
  });

  it("says nothing, not 'no problem', while there is no history", async () => {
    expect(await live()).toEqual({
      unliking: { level: "unknown", reports: null, usual: null, ratio: null },
      missing: { level: "unknown", reports: null, usual: null, ratio: null },
      dropping: { level: "unknown", reports: null, usual: null, ratio: null },
    });
  });

  it("10,000 reports from one address stay 'no sign'; the same number from 200 addresses is an outage", async () => {
    // This test made the database, so it may mark it and give it four weeks of 3 reports an hour.
    await store.db.query("INSERT INTO synthetic (note) VALUES ('server test: a steady usual')");
    await seedReports(store, { now: clock, weeks: 4, perHour: { unliking: 3, missing: 3 } });
    later();
    expect((await live()).unliking).toMatchObject({ level: "normal", reports: 0, usual: 3 });

    const oneAddress = await inParallel(Array.from({ length: 10_000 }, () => () => postFrom(port, "127.0.0.1", REPORT)));
    expect(oneAddress.every((status) => status === 201)).toBe(true);
    later();
    expect((await live()).unliking).toMatchObject({ level: "normal", reports: 1 });

    const manyAddresses = await inParallel(Array.from({ length: 10_000 }, (_, i) => () => postFrom(port, `127.0.0.${2 + (i % 200)}`, REPORT)));
    expect(manyAddresses.every((status) => status === 201)).toBe(true);
    // Within the minute the level is kept for, the database is not asked again.
    expect((await live()).unliking.reports).toBe(1);
    later();
    const reading = (await live()).unliking;
    expect(reading).toMatchObject({ level: "high", reports: 201 });
    expect(reading.ratio).toBeGreaterThan(60);
    // Each symptom is its own: nobody reported likes missing.
    expect((await live()).missing.level).toBe("normal");
  }, 120_000);

  it("counts a report only when the page says it is this browser's first this hour", async () => {
    const { rows } = await store.db.query("SELECT count::int AS n FROM reports WHERE symptom = 'dropping'");
    expect(rows).toEqual([]);
    expect(await postFrom(port, "127.0.0.250", { from: "/symptom", to: "/dropping/creator", report: false })).toBe(201);
    expect(await postFrom(port, "127.0.0.251", { from: "/symptom", to: "/dropping/creator" })).toBe(201);
    expect(await postFrom(port, "127.0.0.252", { from: "/symptom", to: "/dropping/creator", report: true })).toBe(201);
    const after = await store.db.query("SELECT sum(count)::int AS n FROM reports WHERE symptom = 'dropping'");
    expect(after.rows[0].n).toBe(1);
    expect(await postFrom(port, "127.0.0.253", { from: CACHE, to: FIXED, report: "yes" })).toBe(400);
  });

  it("shows how often a fix worked only above the minimum, the same figure as the summary of those days", async () => {
    const evidence = async () => JSON.parse((await request(port, "GET", "/api/outcomes/evidence")).body);
    expect((await evidence()).fixes.cache).toEqual({ all: null, byDevice: {} });
    const answers = Array.from({ length: 40 }, (_, i) => () => postFrom(port, "127.0.0.9", { from: CACHE, to: i < 30 ? FIXED : SLOW_DOWN }));
    await inParallel(answers, 10);
    later();
    const { from, days, minimum, fixes } = await evidence();
    expect({ days, minimum }).toEqual({ days: 90, minimum: 30 });
    expect(fixes.cache.byDevice.android).toMatchObject({ answered: 40, worked: 30, share: 0.75 });
    const summary = JSON.parse((await request(port, "GET", `/api/outcomes/summary?from=${from}`)).body);
    const cache = summary.steps.find((s: { step: string }) => s.step === "cache");
    expect(fixes.cache.byDevice.android.interval).toEqual(cache.byDevice.android.interval);
    expect(fixes.cache.all).toMatchObject({ answered: cache.answered, worked: cache.worked });
  });
});
