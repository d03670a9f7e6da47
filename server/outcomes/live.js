// The live side of the counts: readers' reports of a symptom per hour, kept honest against floods,
// and read back as a level (level.js) at most once a minute, whatever the traffic.
//
// Floods: a browser reports a symptom once an hour (the page keeps a flag: src/lib/outcomes.ts),
// and the server counts one report per address, symptom and hour. The addresses are held in memory
// for the current hour only, then forgotten, never stored (like the rate limit's).
/** @import { Store } from "./store.js" */
/** @import { Reading } from "./level.js" */
import { hourOf, readingAt, recentHours, RULE } from "./level.js";
import { reuseFor } from "./reuse.js";

const HOUR = 3_600_000;
/** How long a reading is reused before the database is asked again. */
export const LIVE_TTL = 60_000;

/**
 * @param {{ store: Store, symptoms: () => string[], now?: () => number }} options
 * `symptoms` is read at each refresh: a new build may bring a new list.
 */
export function createLive({ store, symptoms, now = () => Date.now() }) {
  /** Addresses that reported each symptom in the current hour. */
  let seen = new Map();
  let seenHour = hourOf(now());

  /** How many times the database was read (the bench checks "at most once a minute"). */
  let reads = 0;

  async function read() {
    reads += 1;
    const at = now();
    const { first, rows } = await store.reports(hourOf(at) - (RULE.weeks * 7 * 24 + 48) * HOUR);
    /** @type {Map<string, Map<number, number>>} */
    const bySymptom = new Map(symptoms().map((s) => [s, new Map()]));
    for (const { hour, symptom, count } of rows) bySymptom.get(symptom)?.set(hour, count);
    /** @type {Record<string, Reading>} */
    const levels = {};
    /** @type {Record<string, ReturnType<typeof recentHours>>} */
    const hours = {};
    for (const [symptom, counts] of bySymptom) {
      levels[symptom] = readingAt(counts, at, first);
      hours[symptom] = recentHours(counts, at, first);
    }
    return { at, levels, hours };
  }
  const reading = reuseFor(read, LIVE_TTL, now);

  return {
    /**
     * Counts a report unless this address already reported this symptom this hour. Resolves to
     * whether it was counted.
     * @param {string} address @param {string} symptom @returns {Promise<boolean>}
     */
    async report(address, symptom) {
      const hour = hourOf(now());
      if (hour !== seenHour) {
        seen = new Map();
        seenHour = hour;
      }
      const addresses = seen.get(symptom) ?? new Set();
      if (addresses.has(address)) return false;
      addresses.add(address);
      seen.set(symptom, addresses);
      await store.report({ hour, symptom });
      return true;
    },
    /** The readings and the last 48 hours of every symptom, from a read at most a minute old. */
    current: reading.get,
    /** Forgets the reading (a test that has just changed the counts). */
    refresh: reading.forget,
    reads: () => reads,
  };
}
