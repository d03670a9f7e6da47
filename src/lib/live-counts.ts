/**
 * "Is it just me?": what the site's own counts say on a step (server/outcomes/: the live level of
 * reports per problem, and how often each fix worked). The data's shape as the server sends it,
 * checked before use, and the sentences a reader sees. The rule behind the levels is on
 * /how-we-count; its numbers live in server/outcomes/level.js.
 */
import { queryOptions } from "@tanstack/react-query";
import { countsText, type CountsText } from "./text/counts";

export const LIVE_URL = "/api/outcomes/live";
export const EVIDENCE_URL = "/api/outcomes/evidence";

export type Level = "unknown" | "normal" | "raised" | "high";
export interface Reading {
  level: Level;
  reports: number | null;
  usual: number | null;
  ratio: number | null;
}
export interface Figures {
  answered: number;
  worked: number;
  share: number;
  interval: [number, number];
}
export interface Evidence {
  from: string;
  days: number;
  fixes: Record<string, { all: Figures | null; byDevice: Record<string, Figures> }>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

/** The live readings by problem; anything malformed is left out (and so shows nothing). */
export function parseLive(body: unknown): Record<string, Reading> {
  const symptoms = isObject(body) && isObject(body.symptoms) ? body.symptoms : {};
  const readings: Record<string, Reading> = {};
  for (const [symptom, r] of Object.entries(symptoms)) {
    if (!isObject(r) || !["unknown", "normal", "raised", "high"].includes(String(r.level))) continue;
    const level = r.level as Level;
    if (level !== "unknown" && !(isCount(r.reports) && isCount(r.ratio))) continue;
    readings[symptom] = { level, reports: isCount(r.reports) ? r.reports : null, usual: isCount(r.usual) ? r.usual : null, ratio: isCount(r.ratio) ? r.ratio : null };
  }
  return readings;
}

const isFigures = (f: unknown): f is Figures =>
  isObject(f) && isCount(f.answered) && isCount(f.worked) && isCount(f.share) && Array.isArray(f.interval) && f.interval.length === 2 && f.interval.every(isCount);

/** How often each fix worked; malformed entries are left out. */
export function parseEvidence(body: unknown): Evidence | undefined {
  if (!isObject(body) || typeof body.from !== "string" || !isCount(body.days) || !isObject(body.fixes)) return undefined;
  const fixes: Evidence["fixes"] = {};
  for (const [step, e] of Object.entries(body.fixes)) {
    if (!isObject(e)) continue;
    const byDevice = isObject(e.byDevice) ? Object.fromEntries(Object.entries(e.byDevice).filter(([, f]) => isFigures(f))) : {};
    fixes[step] = { all: isFigures(e.all) ? e.all : null, byDevice: byDevice as Record<string, Figures> };
  }
  return { from: body.from, days: body.days, fixes };
}

const times = (ratio: number) => (ratio < 2.5 ? ratio.toFixed(1).replace(/\.0$/, "") : String(Math.round(ratio)));
const readers = (n: number, text: CountsText) => text.format.readers(n, text.format.number(n));

/** The sentence for a reading, in the texts' language (English unless given), or undefined when it has nothing to say (too little history). */
export function liveSentence(symptom: string, reading: Reading | undefined, text: CountsText = countsText.en): string | undefined {
  if (!reading || reading.level === "unknown" || reading.reports === null || reading.ratio === null) return undefined;
  const t = text.live;
  if (reading.level === "normal") return t.normal;
  const what = (t.reportedAs as Record<string, string>)[symptom] ?? t.thisProblem;
  const reported = t.reported(readers(reading.reports, text), reading.reports, what, times(reading.ratio));
  return reading.level === "high" ? t.high(reported) : t.raised(reported);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * "Worked for 41% of 1,203 readers who tried it on Android in the last 90 days (likely 38–44%)":
 * the 95% Wilson interval after it; the phone's own figure when the step is for one phone, else all readers'; undefined
 * below the minimum of answers (the server leaves those out). In the texts' language.
 */
export function evidenceSentence(
  evidence: Evidence | undefined,
  step: string,
  device?: { id: string; label: string },
  text: CountsText = countsText.en,
): string | undefined {
  const fix = evidence?.fixes[step];
  const figures = device ? fix?.byDevice[device.id] : fix?.all;
  if (!evidence || !figures) return undefined;
  const [low, high] = figures.interval;
  return text.evidence.worked({
    share: percent(figures.share),
    readers: readers(figures.answered, text),
    n: figures.answered,
    device: device?.label,
    days: evidence.days,
    low: percent(low),
    high: percent(high),
  });
}

const getJson = async (url: string, signal: AbortSignal) => {
  const response = await fetch(url, { signal, credentials: "omit" });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as unknown;
};

/** Kept fresh while the step is open: the server reads its counts once a minute. */
export const liveQuery = () =>
  queryOptions({
    queryKey: ["live"],
    queryFn: async ({ signal }) => parseLive(await getJson(LIVE_URL, signal)),
    staleTime: 55_000,
    refetchInterval: 60_000,
    retry: 1,
    networkMode: "online",
  });

export const evidenceQuery = () =>
  queryOptions({
    queryKey: ["evidence"],
    queryFn: async ({ signal }) => parseEvidence(await getJson(EVIDENCE_URL, signal)),
    staleTime: 10 * 60_000,
    retry: 1,
    networkMode: "online",
  });
