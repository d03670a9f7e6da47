// The figures of /stats as its sections show them: rows in order, numbers in words, the menu flags
// ranked. Pure, so the components (src/components/stats/) and their tests read the same thing.
import { NOT_CHOSEN, type Figures, type Summary } from "../../server/outcomes/summary.js";

export type { Figures, Summary };
export type Labels = { steps: Record<string, string>; devices: Record<string, string>; symptoms: Record<string, string> };
export type Row = { name: string; figures: Figures };
export type Fix = { step: string; label: string; all: Figures; devices: Row[]; symptoms: Row[] };
/** One week's count of one reason for one step (server/outcomes/store.js `menuFlags`). */
export type MenuFlagCount = { step: string; reason: string; count: number };

export const percent = (share: number) => `${Math.round(share * 100)}%`;
export const intervalText = (f: Figures) => (f.interval ? `${percent(f.interval[0])}–${percent(f.interval[1])}` : "—");
export const figureText = (f: Figures) => (f.share === null ? "no answers" : `${f.worked} of ${f.answered} (${percent(f.share)})`);

/**
 * A split's rows in the order its labels are listed in (the content's order), ids without a label
 * after them, and "Before choosing" last.
 */
export function splitRows(split: Record<string, Figures>, names: Record<string, string>): Row[] {
  const known = Object.keys(names).filter((id) => Object.hasOwn(split, id) && id !== NOT_CHOSEN);
  const unknown = Object.keys(split).filter((id) => !Object.hasOwn(names, id) && id !== NOT_CHOSEN);
  const ids = [...known, ...unknown, ...(Object.hasOwn(split, NOT_CHOSEN) ? [NOT_CHOSEN] : [])];
  return ids.map((id) => ({ name: id === NOT_CHOSEN ? "Before choosing" : (names[id] ?? id), figures: split[id]! }));
}

/** A step's words from the content, or its id when the content has none. */
export const stepName = (labels: Pick<Labels, "steps">, id: string) => labels.steps[id] ?? id;

/** The fixes in walk order, each with its split by phone and by symptom. */
export function fixesOf(summary: Summary, labels: Labels): Fix[] {
  return summary.steps
    .filter((s) => s.fix)
    .map((s) => ({
      step: s.step,
      label: stepName(labels, s.step),
      all: s,
      devices: splitRows(s.byDevice, labels.devices),
      symptoms: splitRows(s.bySymptom, labels.symptoms),
    }));
}

/** Every figure a fix's chart draws, for one scale across the charts. */
export const allFigures = (fixes: Fix[]) => fixes.flatMap((f) => [f.all, ...[...f.devices, ...f.symptoms].map((r) => r.figures)]);

/** A fix's chart in words, for a screen reader. */
export function chartWords({ label, all, devices, symptoms }: Fix): string {
  const spoken = (r: Row) => `${r.name} ${r.figures.share === null ? "no answers" : percent(r.figures.share)}`;
  const words = [
    all.share === null || !all.interval
      ? `${label}: no answers.`
      : `${label}: worked for ${all.worked} of ${all.answered} readers who answered, ${percent(all.share)}; 95% interval ${percent(all.interval[0])} to ${percent(all.interval[1])}.`,
    devices.length > 0 ? `By phone: ${devices.map(spoken).join(", ")}.` : "",
    symptoms.length > 0 ? `By symptom: ${symptoms.map(spoken).join(", ")}.` : "",
  ];
  return words.filter(Boolean).join(" ");
}

/** The range in words, for the sentence shown when nothing was counted. */
export function rangeWords(from: string | null, to: string | null): string {
  if (from && to) return ` from ${from} to ${to}`;
  if (from) return ` since ${from}`;
  if (to) return ` up to ${to}`;
  return "";
}

/** The range as a query string ("?from=…&to=…", or nothing), for the downloads of the same days. */
export function rangeSearch(summary: Pick<Summary, "from" | "to">): string {
  const query = new URLSearchParams();
  if (summary.from) query.set("from", summary.from);
  if (summary.to) query.set("to", summary.to);
  return query.size > 0 ? `?${query}` : "";
}

/** The steps flagged most, most first (ties by id), each with its count per reason: at most `limit`. */
export function rankMenuFlags(rows: MenuFlagCount[], limit = 10): Array<{ step: string; counts: Record<string, number> }> {
  const bySteps = new Map<string, Record<string, number>>();
  for (const { step, reason, count } of rows) bySteps.set(step, { ...bySteps.get(step), [reason]: count });
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return [...bySteps]
    .sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([step, counts]) => ({ step, counts }));
}
