// The /stats page's content: which fixes worked, as a chart and a table per fix. Plain HTML built
// from strings, so it prerenders and works without JavaScript. The page's Content-Security-Policy
// allows no inline styles, so the charts are SVG drawn with presentation attributes (x, width, …)
// and Tailwind classes for colour, which also gives them a dark mode.
import { MENU_FLAG_REASONS, MENU_FLAG_WORDS } from "./menu-flags.js";
import { NOT_CHOSEN } from "./summary.js";

/**
 * @typedef {import("./summary.js").Summary} Summary
 * @typedef {import("./summary.js").Figures} Figures
 * @typedef {{ steps: Record<string, string>, devices: Record<string, string>, symptoms: Record<string, string> }} Labels
 * @typedef {{ name: string, figures: Figures }} Row
 * @typedef {{ step: string, label: string, all: Figures, devices: Row[], symptoms: Row[] }} Fix
 */

/** Labels come from content files: everything from data goes through here. */
const ENTITIES = /** @type {Record<string, string>} */ ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" });
const escapeHtml = (/** @type {string} */ value) => value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const percent = (/** @type {number} */ share) => `${Math.round(share * 100)}%`;
const intervalText = (/** @type {Figures} */ f) => (f.interval ? `${percent(f.interval[0])}–${percent(f.interval[1])}` : "—");
const figureText = (/** @type {Figures} */ f) => (f.share === null ? "no answers" : `${f.worked} of ${f.answered} (${percent(f.share)})`);
/** One decimal is finer than a pixel and keeps the output short. */
const num = (/** @type {number} */ n) => String(Math.round(n * 10) / 10);

/**
 * A split's rows in the order its labels are listed in (the content's order), ids without a label
 * after them, and "Before choosing" last.
 * @param {Record<string, Figures>} split @param {Record<string, string>} names
 * @returns {Row[]}
 */
function splitRows(split, names) {
  const known = Object.keys(names).filter((id) => Object.hasOwn(split, id) && id !== NOT_CHOSEN);
  const unknown = Object.keys(split).filter((id) => !Object.hasOwn(names, id) && id !== NOT_CHOSEN);
  const ids = [...known, ...unknown, ...(Object.hasOwn(split, NOT_CHOSEN) ? [NOT_CHOSEN] : [])];
  return ids.map((id) => ({ name: id === NOT_CHOSEN ? "Before choosing" : (names[id] ?? id), figures: /** @type {Figures} */ (split[id]) }));
}

// The chart's geometry, in viewBox units. It is drawn narrow so its text stays legible when a
// 320 px phone shrinks it, and capped in width (max-w-sm) so it does not grow huge on a desktop.
const WIDTH = 340;
const GAP = 8;
/** A generous width of one character of the figures at 15 units (digits are about 0.55 em). */
const CHAR = 9;

/**
 * The width of the 0–100% track: what the longest "12 of 40 (30%)" leaves. One width for every
 * chart, so bars of different fixes compare at a glance.
 */
const trackWidth = (/** @type {Figures[]} */ all) => WIDTH - GAP - CHAR * Math.max(...all.map((f) => figureText(f).length));

/** One labelled bar: the share filled in, the Wilson interval as a whisker, the figures beside it. */
function bar(/** @type {Row} */ row, /** @type {number} */ y, /** @type {number} */ track, /** @type {boolean} */ main) {
  const size = main ? 15 : 14;
  const height = main ? 20 : 12;
  const top = y + size + 4;
  const middle = top + height / 2;
  const f = row.figures;
  const parts = [
    `<text x="0" y="${y + size}" font-size="${size}" class="fill-zinc-700 dark:fill-zinc-300">${escapeHtml(row.name)}</text>`,
    `<rect x="0" y="${top}" width="${track}" height="${height}" class="fill-zinc-100 dark:fill-zinc-800"/>`,
  ];
  if (f.share !== null) parts.push(`<rect x="0" y="${top}" width="${num(f.share * track)}" height="${height}" class="fill-brand-strong dark:fill-rose-300"/>`);
  if (f.interval) {
    const [low, high] = f.interval.map((v) => num(v * track));
    const cap = height / 2 + 3;
    const d = `M${low} ${middle}H${high}M${low} ${middle - cap}V${middle + cap}M${high} ${middle - cap}V${middle + cap}`;
    // Drawn twice, a wide line in the page's colour under a thin one, so the whisker shows on the
    // bar and on the empty track alike.
    parts.push(
      `<path d="${d}" fill="none" stroke-width="4" class="stroke-white dark:stroke-zinc-900"/>`,
      `<path d="${d}" fill="none" stroke-width="1.5" class="stroke-zinc-950 dark:stroke-white"/>`,
    );
  }
  parts.push(
    `<text x="${track + GAP}" y="${num(middle + size * 0.35)}" font-size="${size}"${main ? ' font-weight="600"' : ""} class="fill-zinc-900 dark:fill-zinc-100">${escapeHtml(figureText(f))}</text>`,
  );
  return { svg: parts.join(""), bottom: top + height + 10 };
}

/** The fix's chart: all readers, then per phone and per symptom as smaller bars, on a 0–100% axis. */
function chart(/** @type {Fix} */ fix, /** @type {number} */ track) {
  const parts = [];
  let y = 0;
  const drawn = bar({ name: "All readers", figures: fix.all }, y, track, true);
  parts.push(drawn.svg);
  y = drawn.bottom;
  for (const [title, rows] of /** @type {const} */ ([["By phone", fix.devices], ["By symptom", fix.symptoms]])) {
    if (rows.length === 0) continue;
    parts.push(`<text x="0" y="${y + 18}" font-size="14" font-weight="600" class="fill-zinc-900 dark:fill-zinc-100">${title}</text>`);
    y += 24;
    for (const row of rows) {
      const drawnRow = bar(row, y, track, false);
      parts.push(drawnRow.svg);
      y = drawnRow.bottom;
    }
  }
  parts.push(`<path d="M0 ${y}H${track}${[0, 0.5, 1].map((t) => `M${track * t} ${y}v5`).join("")}" fill="none" stroke-width="1" class="stroke-zinc-500 dark:stroke-zinc-400"/>`);
  for (const [t, anchor] of /** @type {const} */ ([[0, "start"], [0.5, "middle"], [1, "end"]])) {
    parts.push(`<text x="${track * t}" y="${y + 20}" font-size="13" text-anchor="${anchor}" class="fill-zinc-600 dark:fill-zinc-400">${percent(t)}</text>`);
  }
  const { label, all } = fix;
  const spoken = (/** @type {Row} */ r) => `${r.name} ${r.figures.share === null ? "no answers" : percent(r.figures.share)}`;
  const words = [
    all.share === null || !all.interval
      ? `${label}: no answers.`
      : `${label}: worked for ${all.worked} of ${all.answered} readers who answered, ${percent(all.share)}; 95% interval ${percent(all.interval[0])} to ${percent(all.interval[1])}.`,
    fix.devices.length > 0 ? `By phone: ${fix.devices.map(spoken).join(", ")}.` : "",
    fix.symptoms.length > 0 ? `By symptom: ${fix.symptoms.map(spoken).join(", ")}.` : "",
  ];
  return (
    `<svg role="img" aria-label="${escapeHtml(words.filter(Boolean).join(" "))}" viewBox="0 0 ${WIDTH} ${y + 26}" class="h-auto w-full max-w-sm">` +
    `${parts.join("")}</svg>`
  );
}

// Small type and padding on a phone: five columns must fit in 288 px. An interval may break after
// its dash there.
const cell = "border-b border-zinc-200 px-0.5 py-1.5 sm:px-2 dark:border-zinc-700";
const numberCell = `${cell} text-end tabular-nums`;
const tableClass = "w-full text-xs text-zinc-700 sm:text-sm dark:text-zinc-300";

/** The same figures as the chart, for screen readers and for anyone who wants the numbers. */
function table(/** @type {Fix} */ fix) {
  const tr = (/** @type {Row} */ r) =>
    `<tr><th scope="row" class="${cell} text-start font-medium">${escapeHtml(r.name)}</th>` +
    `<td class="${numberCell}">${r.figures.answered}</td><td class="${numberCell}">${r.figures.worked}</td>` +
    `<td class="${numberCell}">${r.figures.share === null ? "—" : percent(r.figures.share)}</td><td class="${numberCell}">${intervalText(r.figures)}</td></tr>`;
  const group = (/** @type {string} */ title, /** @type {Row[]} */ rows) =>
    rows.length === 0
      ? ""
      : `<tbody><tr><th scope="rowgroup" colspan="5" class="${cell} pt-3 text-start font-semibold text-zinc-950 dark:text-white">${title}</th></tr>${rows.map(tr).join("")}</tbody>`;
  const headers = ["Answered", "It worked", "Share", "95% interval"].map((h) => `<th scope="col" class="${cell} text-end font-semibold">${h}</th>`);
  return (
    `<div class="overflow-x-auto"><table class="${tableClass}">` +
    `<caption class="pb-1 text-start text-sm font-semibold text-zinc-950 dark:text-white">${escapeHtml(fix.label)}: how many answered, and how many it worked for</caption>` +
    `<thead><tr><th scope="col" class="${cell}"><span class="sr-only">Readers</span></th>${headers.join("")}</tr></thead>` +
    `<tbody>${tr({ name: "All readers", figures: fix.all })}</tbody>${group("By phone", fix.devices)}${group("By symptom", fix.symptoms)}</table></div>`
  );
}

/** The range in words, for the sentence shown when nothing was counted. */
function rangeWords(/** @type {string | null} */ from, /** @type {string | null} */ to) {
  if (from && to) return ` from ${from} to ${to}`;
  if (from) return ` since ${from}`;
  if (to) return ` up to ${to}`;
  return "";
}

/**
 * @param {{ summary: Summary, labels: Labels, days?: { first: string, last: string } }} input
 * `days`: the first and last day with answers, which bound the date pickers.
 * @returns {string} an HTML fragment for the page's <main>
 */
export function renderStats({ summary, labels, days }) {
  const query = new URLSearchParams();
  if (summary.from) query.set("from", summary.from);
  if (summary.to) query.set("to", summary.to);
  const search = query.size > 0 ? `?${query}` : "";
  const bounds = days ? ` min="${escapeHtml(days.first)}" max="${escapeHtml(days.last)}"` : "";
  const input = (/** @type {"from" | "to"} */ name, /** @type {string} */ text, /** @type {string | null} */ value) =>
    `<label class="grid gap-1 text-base font-medium">${text}` +
    `<input type="date" name="${name}" value="${escapeHtml(value ?? "")}"${bounds} class="min-h-12 rounded-xl border-2 border-zinc-300 bg-white px-3 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-100"></label>`;
  const form =
    `<form method="get" action="/stats" class="flex flex-wrap items-end gap-3">${input("from", "From", summary.from)}${input("to", "To", summary.to)}` +
    `<button type="submit" class="inline-flex min-h-12 items-center rounded-xl bg-brand-strong px-5 font-semibold text-white hover:bg-brand">Show</button></form>`;
  const heading = `<h1 id="step-heading" tabindex="-1" class="text-3xl leading-tight font-bold text-balance text-zinc-950 dark:text-white">Which fixes work</h1>`;

  const fixes = summary.steps.filter((s) => s.fix);
  if (fixes.every((s) => s.answered === 0)) {
    return `<article aria-labelledby="step-heading" class="space-y-6">${heading}<p class="text-lg">No answers to any fix were counted${escapeHtml(rangeWords(summary.from, summary.to))}.</p>${form}</article>`;
  }

  const link = "font-semibold text-brand-strong underline underline-offset-2 dark:text-rose-300";
  const stepName = (/** @type {string} */ id) => labels.steps[id] ?? id;
  /** @type {Fix[]} */
  const charted = fixes.map((s) => ({
    step: s.step,
    label: stepName(s.step),
    all: s,
    devices: splitRows(s.byDevice, labels.devices),
    symptoms: splitRows(s.bySymptom, labels.symptoms),
  }));
  const track = trackWidth(charted.flatMap((f) => [f.all, ...[...f.devices, ...f.symptoms].map((r) => r.figures)]));
  const sections = charted.map(
    (fix) =>
      `<section aria-labelledby="fix-${escapeHtml(fix.step)}" class="space-y-3">` +
      `<h2 id="fix-${escapeHtml(fix.step)}" class="text-xl font-semibold text-zinc-950 dark:text-white">${escapeHtml(fix.label)}</h2>` +
      `${chart(fix, track)}${table(fix)}</section>`,
  );
  const others = summary.steps.filter((s) => !s.fix);
  const otherSection =
    others.length === 0
      ? ""
      : `<section aria-labelledby="other-steps" class="space-y-3"><h2 id="other-steps" class="text-xl font-semibold text-zinc-950 dark:text-white">Other steps</h2>` +
        `<div class="overflow-x-auto"><table class="${tableClass}"><caption class="pb-1 text-start text-sm">Steps that are not fixes, and how many readers answered there</caption>` +
        `<thead><tr><th scope="col" class="${cell} text-start font-semibold">Step</th><th scope="col" class="${cell} text-end font-semibold">Answered</th></tr></thead><tbody>` +
        others.map((s) => `<tr><th scope="row" class="${cell} text-start font-medium">${escapeHtml(stepName(s.step))}</th><td class="${numberCell}">${s.answered}</td></tr>`).join("") +
        `</tbody></table></div></section>`;

  return (
    `<article aria-labelledby="step-heading" class="space-y-8">` +
    `<div class="space-y-4">${heading}` +
    `<p class="text-lg">For each fix, the share of readers who answered “Yes, it works now” after trying it, counted anonymously. ` +
    `The 95% interval is the range the true share most likely lies in: it is wide when few people answered.</p>` +
    `${form}<p class="flex flex-wrap gap-x-4 text-base"><a href="/api/outcomes/summary.csv${escapeHtml(search)}" class="${link}">Download CSV</a>` +
    `<a href="/api/outcomes/summary${escapeHtml(search)}" class="${link}">JSON</a></p></div>` +
    `${sections.join("")}${otherSection}</article>`
  );
}

/**
 * The steps readers most often said looked different in their app over the weeks counted, most
 * flagged first: the menu paths to check again first.
 * @param {{ rows: Array<{ step: string, reason: string, count: number }>, labels: { steps: Record<string, string> }, weeks: number }} options
 */
export function renderMenuFlags({ rows, labels, weeks }) {
  const heading = `<h2 id="menu-flags" class="text-xl font-semibold text-zinc-950 dark:text-white">Menus readers say have changed</h2>`;
  if (rows.length === 0) {
    return `<section aria-labelledby="menu-flags" class="space-y-3">${heading}<p class="text-base">No reader has said a menu looked different in the last ${weeks} weeks.</p></section>`;
  }
  /** @type {Map<string, Record<string, number>>} */
  const bySteps = new Map();
  for (const { step, reason, count } of rows) bySteps.set(step, { ...bySteps.get(step), [reason]: count });
  const total = (/** @type {Record<string, number>} */ r) => Object.values(r).reduce((a, b) => a + b, 0);
  const ordered = [...bySteps].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0])).slice(0, 10);
  const reasons = MENU_FLAG_REASONS;
  return (
    `<section aria-labelledby="menu-flags" class="space-y-3">${heading}` +
    `<p class="text-base">Readers can tell us, on any step with a menu path, that the menu looked different in their app. The steps flagged most in the last ${weeks} weeks:</p>` +
    `<div class="overflow-x-auto"><table class="${tableClass}"><caption class="pb-1 text-start text-sm">Flags per step and what readers said was different</caption>` +
    `<thead><tr><th scope="col" class="${cell} text-start font-semibold">Step</th>` +
    reasons.map((r) => `<th scope="col" class="${cell} text-end font-semibold">${escapeHtml(MENU_FLAG_WORDS[r] ?? r)}</th>`).join("") +
    `</tr></thead><tbody>` +
    ordered
      .map(([step, counts]) => `<tr><th scope="row" class="${cell} text-start font-medium">${escapeHtml(labels.steps[step] ?? step)}</th>${reasons.map((r) => `<td class="${numberCell}">${counts[r] ?? 0}</td>`).join("")}</tr>`)
      .join("") +
    `</tbody></table></div></section>`
  );
}
