import type { StepPart } from "@/wizard/machine";
import { later } from "./later";
import { useUiText } from "./language";

/** What stands in for a part whose code could not be fetched, in the page's language. */
function Unavailable({ part }: { part: "report" | "connection" }) {
  return <p className="text-base">{useUiText().parts[part]}</p>;
}

/**
 * The parts of a step with code of their own, each on one step only, kept out of the scripts every
 * page loads: the support report (its component and the report's wording) and the live connection
 * check (with TanStack Query).
 */
const report = later(
  () => import("./support-report").then((m) => m.SupportReport),
  null,
  <Unavailable part="report" />,
);
export const SupportReport = report.Later;

const connection = later(
  () => import("./connection-panel").then((m) => m.ConnectionPanel),
  null,
  <Unavailable part="connection" />,
);
export const ConnectionPanel = connection.Later;

/**
 * What a step change waits for before drawing a step, besides its data, so the step appears
 * whole: the code of the part the machine gives it (src/wizard/machine.ts, `meta.part`). Resolves
 * to false if the support report's code cannot be fetched; the live check says so itself (it is
 * the step about a connection that may be down).
 */
export function partsReady(part: StepPart | undefined): Promise<boolean> {
  if (part === "support-report") return report.preload();
  if (part === "connection-check") return connection.preload().then(() => true);
  return Promise.resolve(true);
}

/** Fetches the code of a step's part ahead of a tap (the answer list, when idle). */
export function prefetchParts(part: StepPart | undefined): void {
  void partsReady(part);
}

/** Our own counts on a step (live-counts.tsx): loaded when first shown; failing to load, it shows nothing. */
export const LiveCounts = later(() => import("./live-counts").then((m) => m.default), null, null).Later;
