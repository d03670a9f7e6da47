import { intervalText, percent, type Fix, type Row } from "@/lib/stats-figures";
import { cell, numberCell, tableClass } from "./table-classes";

/** The same figures as the chart, for screen readers and for anyone who wants the numbers. */
export function FixTable({ fix }: { fix: Fix }) {
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="pb-1 text-start text-sm font-semibold text-zinc-950 dark:text-white">{fix.label}: how many answered, and how many it worked for</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              <span className="sr-only">Readers</span>
            </th>
            {["Answered", "It worked", "Share", "95% interval"].map((h) => (
              <th key={h} scope="col" className={`${cell} text-end font-semibold`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <FigureRow row={{ name: "All readers", figures: fix.all }} />
        </tbody>
        <RowGroup title="By phone" rows={fix.devices} />
        <RowGroup title="By symptom" rows={fix.symptoms} />
      </table>
    </div>
  );
}

function RowGroup({ title, rows }: { title: string; rows: Row[] }) {
  if (rows.length === 0) return null;
  return (
    <tbody>
      <tr>
        <th scope="rowgroup" colSpan={5} className={`${cell} pt-3 text-start font-semibold text-zinc-950 dark:text-white`}>
          {title}
        </th>
      </tr>
      {rows.map((row) => (
        <FigureRow key={row.name} row={row} />
      ))}
    </tbody>
  );
}

function FigureRow({ row: { name, figures } }: { row: Row }) {
  return (
    <tr>
      <th scope="row" className={`${cell} text-start font-medium`}>
        {name}
      </th>
      <td className={numberCell}>{figures.answered}</td>
      <td className={numberCell}>{figures.worked}</td>
      <td className={numberCell}>{figures.share === null ? "—" : percent(figures.share)}</td>
      <td className={numberCell}>{intervalText(figures)}</td>
    </tr>
  );
}
