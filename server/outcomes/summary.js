// The tallies as readers of the figures need them: per step in the walk's order, how many answered
// there and how many said it worked, the share with its 95% Wilson interval, and the same split
// by phone and by symptom. Used by the JSON and CSV summaries and the /stats page.

/** z for a two-sided 95% interval. */
const Z = 1.959964;

/**
 * The Wilson score interval of `worked` out of `answered` (95%): unlike share ± 2 standard errors
 * it stays inside 0..1 and says something honest about small counts.
 * @returns {[number, number] | null} null when nobody answered
 */
export function wilson(/** @type {number} */ worked, /** @type {number} */ answered) {
  if (answered <= 0) return null;
  const p = worked / answered;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * answered)) / (1 + z2 / answered);
  const half = (Z / (1 + z2 / answered)) * Math.sqrt((p * (1 - p)) / answered + z2 / (4 * answered * answered));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** @typedef {{ answered: number, worked: number, share: number | null, interval: [number, number] | null }} Figures */

/** @returns {Figures} */
const figures = (/** @type {number} */ answered, /** @type {number} */ worked) => ({
  answered,
  worked,
  share: answered > 0 ? worked / answered : null,
  interval: wilson(worked, answered),
});

/** The key a missing context is listed under: the step comes before the reader chose one. */
export const NOT_CHOSEN = "not-chosen";

/**
 * @param {import("./store.js").Tally[]} tallies
 * @param {import("./api.js").OutcomeMap} map
 * @param {{ from?: string, to?: string }} range
 */
export function summarise(tallies, map, range) {
  /** @type {Map<string, { answered: number, worked: number, byDevice: Map<string, [number, number]>, bySymptom: Map<string, [number, number]> }>} */
  const byStep = new Map();
  const add = (/** @type {Map<string, [number, number]>} */ split, /** @type {string} */ key, /** @type {number} */ a, /** @type {number} */ w) => {
    const [answered, worked] = split.get(key) ?? [0, 0];
    split.set(key, [answered + a, worked + w]);
  };
  for (const t of tallies) {
    const entry = byStep.get(t.step) ?? { answered: 0, worked: 0, byDevice: new Map(), bySymptom: new Map() };
    entry.answered += t.answered;
    entry.worked += t.worked;
    add(entry.byDevice, t.device ?? NOT_CHOSEN, t.answered, t.worked);
    add(entry.bySymptom, t.symptom ?? NOT_CHOSEN, t.answered, t.worked);
    byStep.set(t.step, entry);
  }
  const rank = (/** @type {string} */ step) => {
    const i = map.order.indexOf(step);
    return i === -1 ? map.order.length : i;
  };
  const split = (/** @type {Map<string, [number, number]>} */ m) =>
    Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([key, [a, w]]) => [key, figures(a, w)]));
  const steps = [...byStep]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([step, e]) => ({ step, fix: map.fixes.includes(step), ...figures(e.answered, e.worked), byDevice: split(e.byDevice), bySymptom: split(e.bySymptom) }));
  return { from: range.from ?? null, to: range.to ?? null, steps };
}

/** @typedef {ReturnType<typeof summarise>} Summary */

/** The summary as CSV: one row per step for all answers, then one per phone and per symptom. */
export function summaryCsv(/** @type {Summary} */ summary) {
  const num = (/** @type {number | null | undefined} */ n) => (n === null || n === undefined ? "" : n.toFixed(4));
  const rows = [["step", "fix", "split", "value", "answered", "worked", "share", "low", "high"].join(",")];
  for (const s of summary.steps) {
    const line = (/** @type {string} */ splitName, /** @type {string} */ value, /** @type {Figures} */ f) =>
      rows.push([s.step, s.fix, splitName, value, f.answered, f.worked, num(f.share), num(f.interval?.[0]), num(f.interval?.[1])].join(","));
    line("all", "all", s);
    for (const [device, f] of Object.entries(s.byDevice)) line("device", device, f);
    for (const [symptom, f] of Object.entries(s.bySymptom)) line("symptom", symptom, f);
  }
  return `${rows.join("\r\n")}\r\n`;
}
