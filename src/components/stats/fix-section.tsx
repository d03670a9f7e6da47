import type { Fix } from "@/lib/stats-figures";
import { FixChart } from "./fix-chart";
import { FixTable } from "./fix-table";
import { sectionHeading } from "./table-classes";

/** One fix: its name, its chart and its table. `track`: the charts' common scale (trackWidth). */
export function FixSection({ fix, track }: { fix: Fix; track: number }) {
  const id = `fix-${fix.step}`;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className={sectionHeading}>
        {fix.label}
      </h2>
      <FixChart fix={fix} track={track} />
      <FixTable fix={fix} />
    </section>
  );
}
