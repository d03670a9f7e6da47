// Reports of each problem over the last 48 hours against the usual for each hour (the live level's
// counts, server/outcomes/level.js recentHours): bars for the reports, a line for the usual. SVG
// with presentation attributes and Tailwind classes, like the fixes' charts (the page allows no
// inline styles); each chart is described in words for screen readers, and a table holds the numbers.
import { cell, numberCell, sectionHeading, tableClass } from "./table-classes";

export type LiveHour = { hour: string; reports: number; usual: number | null };
export type LiveProblem = { id: string; label: string; hours: LiveHour[] };

const WIDTH = 340;
const HEIGHT = 90;
const TOP = 6;

const num = (n: number) => Math.round(n * 10) / 10;
/** "18:00" in UTC: the hours are UTC hours, as counted. */
const clock = (hour: string) => hour.slice(11, 16);

export function liveWords({ label, hours }: LiveProblem): string {
  const reports = hours.reduce((sum, h) => sum + h.reports, 0);
  const known = hours.filter((h) => h.usual !== null);
  const usual = known.reduce((sum, h) => sum + (h.usual ?? 0), 0);
  const peak = hours.reduce((best, h) => (h.reports > best.reports ? h : best), hours[0] ?? { hour: "", reports: 0, usual: null });
  const usualWords = known.length === hours.length ? `, against about ${Math.round(usual).toLocaleString("en-US")} usually in those hours` : ", with too little history for a usual";
  const peakWords = peak.reports > 0 ? `; the most, ${peak.reports.toLocaleString("en-US")}, in the hour from ${clock(peak.hour)} UTC` : "";
  return `${label}: ${reports.toLocaleString("en-US")} reports in the last 48 hours${usualWords}${peakWords}.`;
}

function Chart({ problem }: { problem: LiveProblem }) {
  const { hours } = problem;
  const most = Math.max(1, ...hours.map((h) => Math.max(h.reports, h.usual ?? 0)));
  // Headroom above the highest bar or line for the scale's label.
  const top = most * 1.3;
  const step = WIDTH / hours.length;
  const y = (v: number) => num(TOP + (HEIGHT - TOP) * (1 - v / top));
  const usual = hours
    .map((h, i) => (h.usual === null ? "" : `${i === 0 || hours[i - 1]?.usual === null ? "M" : "L"}${num(i * step)} ${y(h.usual)}H${num((i + 1) * step)}`))
    .join("");
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 18}`} role="img" aria-label={liveWords(problem)} className="w-full max-w-sm">
      {hours.map((h, i) =>
        h.reports > 0 ? <rect key={h.hour} x={num(i * step + 0.5)} width={num(step - 1)} y={y(h.reports)} height={num(HEIGHT - y(h.reports))} className="fill-brand-strong dark:fill-rose-300" /> : null,
      )}
      {usual && <path d={usual} fill="none" strokeWidth="2" className="stroke-zinc-900 dark:stroke-white" />}
      <line x1="0" x2={WIDTH} y1={HEIGHT} y2={HEIGHT} strokeWidth="1" className="stroke-zinc-400" />
      <line x1="0" x2={WIDTH} y1={y(most)} y2={y(most)} strokeWidth="1" strokeDasharray="3 3" className="stroke-zinc-400" />
      <text x="0" y={y(most) - 4} fontSize="13" className="fill-zinc-700 dark:fill-zinc-300">
        {Math.round(most).toLocaleString("en-US")} an hour
      </text>
      <text x="0" y={HEIGHT + 15} fontSize="13" className="fill-zinc-700 dark:fill-zinc-300">
        {clock(hours[0]?.hour ?? "")}
      </text>
      <text x={WIDTH} y={HEIGHT + 15} fontSize="13" textAnchor="end" className="fill-zinc-700 dark:fill-zinc-300">
        now
      </text>
    </svg>
  );
}

/** The section: one chart per problem, then the last 12 hours of each in a table. */
export function LiveHours({ problems }: { problems: LiveProblem[] }) {
  if (problems.length === 0) return null;
  const recent = problems[0]?.hours.slice(-12) ?? [];
  return (
    <section aria-labelledby="live-heading" className="space-y-4">
      <h2 id="live-heading" className={sectionHeading}>
        Reports in the last 48 hours
      </h2>
      <p className="text-base">
        How many readers said which problem they had, per hour (bars), against the usual for that hour of the week (line), as the quick checks
        compare them. <a href="/how-we-count#live" className="font-semibold text-brand-strong underline underline-offset-2 dark:text-rose-300">How the live count works</a>
      </p>
      {problems.map((problem) => (
        <figure key={problem.id} className="space-y-1">
          <figcaption className="font-semibold text-zinc-950 dark:text-white">{problem.label}</figcaption>
          <Chart problem={problem} />
        </figure>
      ))}
      <table className={tableClass}>
        <caption className="pb-1 text-start text-sm font-semibold text-zinc-950 dark:text-white">Reports in the last 12 hours (UTC), and the usual in brackets</caption>
        <thead>
          <tr>
            <th scope="col" className={`${cell} text-start`}>
              Hour
            </th>
            {problems.map((p) => (
              <th key={p.id} scope="col" className={`${cell} text-end font-semibold`}>
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {recent.map((h, i) => (
            <tr key={h.hour}>
              <th scope="row" className={`${cell} text-start font-medium`}>
                {clock(h.hour)}
              </th>
              {problems.map((p) => {
                const cell = p.hours.at(-12 + i);
                return (
                  <td key={p.id} className={numberCell}>
                    {cell ? `${cell.reports}${cell.usual === null ? "" : ` (${num(cell.usual)})`}` : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
