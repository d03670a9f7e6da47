// Is it just me? The live level of one symptom: how many readers reported it in the last hour,
// against how many usually do at that hour of the week, and a stated rule that turns the two into
// one of three levels, or into nothing when there is too little history to say. The rule is written
// out for readers on /how-we-count (src/routes/how-we-count.tsx); change both together.
//
// Method after Downdetector's: a baseline per time of day measured over weeks, an incident only
// when the current count is well above it, one report per person counted.

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/** The rule's numbers, named so the page that explains them and the tests read the same ones. */
export const RULE = {
  /** Weeks of the same hour looked back on for the usual count. */
  weeks: 8,
  /** Fewer weeks of counting than this: no level at all. */
  minWeeks: 2,
  /** Fewer reports of the symptom in those weeks than this: no level at all. */
  minHistory: 50,
  /** "Most likely a problem on TikTok's side": this many reports at least… */
  highCount: 20,
  /** …at least this many times the usual… */
  highRatio: 3,
  /** …and a chance below this of so many in an ordinary hour. */
  highChance: 0.001,
  /** "More than usual": the same three tests with lower bars. */
  raisedCount: 10,
  raisedRatio: 2,
  raisedChance: 0.01,
  /** The usual count is never taken as less than this, so one report in a quiet hour is not "infinitely many times the usual". */
  floor: 0.5,
};

/** How far back "how often it worked" on a fix step looks, and the fewest answers it is shown for. */
export const EVIDENCE = { days: 90, minimum: 30 };

/**
 * P(X ≥ k) for X ~ Poisson(λ): the chance of at least `k` reports in an hour when `lambda` is usual.
 * Summed from the terms below k in log space, so it stays exact for large λ and k.
 */
export function poissonTail(/** @type {number} */ k, /** @type {number} */ lambda) {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  let term = Math.exp(-lambda);
  // Underflow for large λ: sum the lower terms in log space instead.
  if (term === 0) {
    let logTerm = -lambda;
    let below = 0;
    for (let i = 0; i < k; i++) {
      if (i > 0) logTerm += Math.log(lambda) - Math.log(i);
      below += Math.exp(logTerm);
    }
    return Math.max(0, 1 - below);
  }
  let below = 0;
  for (let i = 0; i < k; i++) {
    if (i > 0) term *= lambda / i;
    below += term;
  }
  return Math.max(0, 1 - below);
}

/**
 * @typedef {"unknown" | "normal" | "raised" | "high"} Level
 * @typedef {{ level: Level, reports: number, usual: number | null, ratio: number | null, chance: number | null, weeks: number }} Reading
 */

/**
 * The level for `reports` in the last hour, given `usual` (the mean for this hour of the week),
 * `weeks` of counting behind it and `history` reports of the symptom in those weeks.
 * @param {{ reports: number, usual: number, weeks: number, history: number }} counts
 * @returns {Reading}
 */
export function assess({ reports, usual, weeks, history }) {
  if (weeks < RULE.minWeeks || history < RULE.minHistory) return { level: "unknown", reports, usual: null, ratio: null, chance: null, weeks };
  const lambda = Math.max(usual, RULE.floor);
  const chance = poissonTail(reports, lambda);
  const ratio = reports / lambda;
  const above = (/** @type {number} */ count, /** @type {number} */ times, /** @type {number} */ p) => reports >= count && ratio >= times && chance < p;
  const level = above(RULE.highCount, RULE.highRatio, RULE.highChance) ? "high" : above(RULE.raisedCount, RULE.raisedRatio, RULE.raisedChance) ? "raised" : "normal";
  return { level, reports, usual, ratio, chance, weeks };
}

/** The start of the hour `at` falls in (UTC; an hour is an hour in every time zone we serve but a few). */
export const hourOf = (/** @type {number} */ at) => Math.floor(at / HOUR) * HOUR;

/**
 * The reading of one symptom at `now`, from its counts per hour (start of the hour in ms → count).
 * "The last hour" is this hour so far plus the part of the previous hour that is still within 60
 * minutes (counts are kept per hour only, so that part is taken pro rata); the usual count is worked
 * out the same way from the same hours of the past weeks. Weeks are counted from `since`, the first
 * hour anything was counted at all: a week before it is not a week of zero reports.
 * @param {Map<number, number>} hours @param {number} now @param {number | undefined} since
 * @returns {Reading}
 */
export function readingAt(hours, now, since) {
  const current = hourOf(now);
  const elapsed = (now - current) / HOUR;
  const count = (/** @type {number} */ start) => hours.get(start) ?? 0;
  // This hour so far, whole; the previous one pro rata.
  const reports = Math.round(count(current) + count(current - HOUR) * (1 - elapsed));
  // A week counts when both of its hours were counted.
  const weeks = since === undefined ? 0 : Math.min(RULE.weeks, Math.floor((current - HOUR - hourOf(since)) / WEEK));
  let sum = 0;
  let history = 0;
  // The same 60 minutes a week ago, two weeks ago…: both of their hours pro rata.
  for (let w = 1; w <= weeks; w++) sum += count(current - w * WEEK) * elapsed + count(current - w * WEEK - HOUR) * (1 - elapsed);
  for (const [start, n] of hours) if (start < current && start >= current - weeks * WEEK) history += n;
  return assess({ reports, usual: weeks > 0 ? sum / weeks : 0, weeks, history });
}

/**
 * The last `count` hours of one symptom against the usual for each (the /stats chart): oldest first.
 * @param {Map<number, number>} hours @param {number} now @param {number | undefined} since
 */
export function recentHours(hours, now, since, count = 48) {
  const current = hourOf(now);
  const weeksAt = (/** @type {number} */ start) => (since === undefined ? 0 : Math.min(RULE.weeks, Math.floor((start - hourOf(since)) / WEEK)));
  return Array.from({ length: count }, (_, i) => {
    const start = current - (count - 1 - i) * HOUR;
    const weeks = weeksAt(start);
    let sum = 0;
    for (let w = 1; w <= weeks; w++) sum += hours.get(start - w * WEEK) ?? 0;
    return { hour: new Date(start).toISOString(), reports: hours.get(start) ?? 0, usual: weeks >= RULE.minWeeks ? sum / weeks : null };
  });
}
