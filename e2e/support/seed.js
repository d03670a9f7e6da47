// Fills a new, empty data folder with made-up counts before the browser tests' server opens it
// (./seeded.js says what): four weeks of steady reports of each problem, a burst of reports of
// likes on videos dropping in the last two hours (the live level's "most likely TikTok's side"),
// and answers to one fix (how often it worked). The database is marked synthetic
// (server/outcomes/synthetic.js refuses a folder that is not empty).
//   node e2e/support/seed.js <DATA_DIR>
import { randomUUID } from "node:crypto";
import { embeddedDir } from "../../server/outcomes/store.js";
import { createSyntheticStore, seedReports } from "../../server/outcomes/synthetic.js";
import { SEEDED } from "./seeded.js";

const [dir] = process.argv.slice(2);
if (!dir) throw new Error("usage: node e2e/support/seed.js <DATA_DIR>");

const store = await createSyntheticStore(embeddedDir(dir), "browser tests (e2e/support/seed.js)");
await seedReports(store, { now: Date.now(), weeks: 4, perHour: { unliking: SEEDED.steady, missing: SEEDED.steady, dropping: SEEDED.steady }, recent: { dropping: SEEDED.burst } });
const day = new Date().toISOString().slice(0, 10);
const { step, device, symptom, answered, worked } = SEEDED.fix;
await Promise.all(
  Array.from({ length: answered }, (_, i) =>
    store.record({ id: randomUUID(), day, step, symptom, device, event: i < worked ? "answer.yes" : "answer.no", worked: i < worked }),
  ),
);
await store.close();
