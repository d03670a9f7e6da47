import { REASONS } from "@/components/menu-flag";
import { rankMenuFlags, stepName, type Labels, type MenuFlagCount } from "@/lib/stats-figures";
import { cell, numberCell, sectionHeading, tableClass } from "./table-classes";

/**
 * The steps readers most often said looked different in their app over the weeks counted, most
 * flagged first: the menu paths to check again first. Columns in the words of the step's buttons.
 */
export function MenuFlags({ rows, labels, weeks }: { rows: MenuFlagCount[]; labels: Pick<Labels, "steps">; weeks: number }) {
  const ranked = rankMenuFlags(rows);
  return (
    <section aria-labelledby="menu-flags" className="space-y-3">
      <h2 id="menu-flags" className={sectionHeading}>
        Menus readers say have changed
      </h2>
      {ranked.length === 0 ? (
        <p className="text-base">No reader has said a menu looked different in the last {weeks} weeks.</p>
      ) : (
        <>
          <p className="text-base">
            Readers can tell us, on any step with a menu path, that the menu looked different in their app. The steps flagged most in the last {weeks} weeks:
          </p>
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <caption className="pb-1 text-start text-sm">Flags per step and what readers said was different</caption>
              <thead>
                <tr>
                  <th scope="col" className={`${cell} text-start font-semibold`}>
                    Step
                  </th>
                  {REASONS.map(([reason, words]) => (
                    <th key={reason} scope="col" className={`${cell} text-end font-semibold`}>
                      {words}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ranked.map(({ step, counts }) => (
                  <tr key={step}>
                    <th scope="row" className={`${cell} text-start font-medium`}>
                      {stepName(labels, step)}
                    </th>
                    {REASONS.map(([reason]) => (
                      <td key={reason} className={numberCell}>
                        {counts[reason] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
