// A fix's chart: SVG with presentation attributes (x, width, …) and Tailwind classes for colour,
// since the page's Content-Security-Policy allows no inline styles; the classes also give it a
// dark mode. No chart library, nothing in the reader's first load.
import { chartWords, figureText, percent, type Figures, type Fix, type Row } from "@/lib/stats-figures";

// The chart's geometry, in viewBox units. It is drawn narrow so its text stays legible when a
// 320 px phone shrinks it, and capped in width (max-w-sm) so it does not grow huge on a desktop.
const WIDTH = 340;
const GAP = 8;
/** A generous width of one character of the figures at 15 units (digits are about 0.55 em). */
const CHAR = 9;

/** One decimal is finer than a pixel and keeps the output short. */
const num = (n: number) => Math.round(n * 10) / 10;

/**
 * The width of the 0–100% track: what the longest "12 of 40 (30%)" leaves. One width for every
 * chart, so bars of different fixes compare at a glance.
 */
export const trackWidth = (all: Figures[]) => WIDTH - GAP - CHAR * Math.max(...all.map((f) => figureText(f).length));

type Placed = { kind: "bar"; row: Row; y: number; main: boolean } | { kind: "title"; title: string; y: number };

/** Where each line of the chart goes: all readers, then per phone and per symptom as smaller bars. */
function layout(fix: Fix) {
  const placed: Placed[] = [{ kind: "bar", row: { name: "All readers", figures: fix.all }, y: 0, main: true }];
  let y = barHeight(true);
  for (const [title, rows] of [["By phone", fix.devices], ["By symptom", fix.symptoms]] as const) {
    if (rows.length === 0) continue;
    placed.push({ kind: "title", title, y });
    y += 24;
    for (const row of rows) {
      placed.push({ kind: "bar", row, y, main: false });
      y += barHeight(false);
    }
  }
  return { placed, bottom: y };
}

const sizes = (main: boolean) => ({ size: main ? 15 : 14, height: main ? 20 : 12 });
/** A bar's label, bar and gap below, from its top. */
const barHeight = (main: boolean) => {
  const { size, height } = sizes(main);
  return size + 4 + height + 10;
};

/** The interval's whisker: a line from low to high, capped at both ends. */
const whiskerPath = ([low, high]: [number, number], middle: number, cap: number) =>
  `M${low} ${middle}H${high}M${low} ${middle - cap}V${middle + cap}M${high} ${middle - cap}V${middle + cap}`;

/** One labelled bar: the share filled in, the Wilson interval as a whisker, the figures beside it. */
function Bar({ row, y, track, main }: { row: Row; y: number; track: number; main: boolean }) {
  const { size, height } = sizes(main);
  const top = y + size + 4;
  const middle = top + height / 2;
  const f = row.figures;
  const whisker = f.interval && whiskerPath(f.interval.map((v) => num(v * track)) as [number, number], middle, height / 2 + 3);
  return (
    <>
      <text x="0" y={y + size} fontSize={size} className="fill-zinc-700 dark:fill-zinc-300">
        {row.name}
      </text>
      <rect x="0" y={top} width={track} height={height} className="fill-zinc-100 dark:fill-zinc-800" />
      {f.share !== null && <rect x="0" y={top} width={num(f.share * track)} height={height} className="fill-brand-strong dark:fill-rose-300" />}
      {whisker && (
        // Drawn twice, a wide line in the page's colour under a thin one, so the whisker shows on the
        // bar and on the empty track alike.
        <>
          <path d={whisker} fill="none" strokeWidth="4" className="stroke-white dark:stroke-zinc-900" />
          <path d={whisker} fill="none" strokeWidth="1.5" className="stroke-zinc-950 dark:stroke-white" />
        </>
      )}
      <text x={track + GAP} y={num(middle + size * 0.35)} fontSize={size} fontWeight={main ? "600" : undefined} className="fill-zinc-900 dark:fill-zinc-100">
        {figureText(f)}
      </text>
    </>
  );
}

/** The fix's chart on a 0–100% axis, its figures in words for a screen reader. `track`: trackWidth. */
export function FixChart({ fix, track }: { fix: Fix; track: number }) {
  const { placed, bottom: y } = layout(fix);
  const ticks = [[0, "start"], [0.5, "middle"], [1, "end"]] as const;
  return (
    <svg role="img" aria-label={chartWords(fix)} viewBox={`0 0 ${WIDTH} ${y + 26}`} className="h-auto w-full max-w-sm">
      {placed.map((p) =>
        p.kind === "bar" ? (
          <Bar key={`bar-${p.y}`} row={p.row} y={p.y} track={track} main={p.main} />
        ) : (
          <text key={`title-${p.y}`} x="0" y={p.y + 18} fontSize="14" fontWeight="600" className="fill-zinc-900 dark:fill-zinc-100">
            {p.title}
          </text>
        ),
      )}
      <path d={`M0 ${y}H${track}${ticks.map(([t]) => `M${track * t} ${y}v5`).join("")}`} fill="none" strokeWidth="1" className="stroke-zinc-500 dark:stroke-zinc-400" />
      {ticks.map(([t, anchor]) => (
        <text key={t} x={track * t} y={y + 20} fontSize="13" textAnchor={anchor} className="fill-zinc-600 dark:fill-zinc-400">
          {percent(t)}
        </text>
      ))}
    </svg>
  );
}
