import { stepName, type Labels, type Summary } from "@/lib/stats-figures";
import { cell, numberCell, sectionHeading, tableClass } from "./table-classes";

/** The steps that are not fixes, and how many readers answered there; nothing when there are none. */
export function OtherSteps({ steps, labels }: { steps: Summary["steps"]; labels: Labels }) {
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="other-steps" className="space-y-3">
      <h2 id="other-steps" className={sectionHeading}>
        Other steps
      </h2>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="pb-1 text-start text-sm">Steps that are not fixes, and how many readers answered there</caption>
          <thead>
            <tr>
              <th scope="col" className={`${cell} text-start font-semibold`}>
                Step
              </th>
              <th scope="col" className={`${cell} text-end font-semibold`}>
                Answered
              </th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.step}>
                <th scope="row" className={`${cell} text-start font-medium`}>
                  {stepName(labels, s.step)}
                </th>
                <td className={numberCell}>{s.answered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
