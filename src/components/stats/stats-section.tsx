/** The page's heading, and its title in the frame's `<head>`. */
export const STATS_TITLE = "Which fixes work";

/**
 * The one element of /stats the server replaces. The prerendered frame (src/routes/stats.tsx) and
 * the figures (StatsPage) are both this component, so the two cannot drift apart;
 * server/stats-frame.js finds it by its `data-page`. Its own file, so the frame's route module
 * carries none of the figures' code.
 */
export function StatsSection({ children }: { children: React.ReactNode }) {
  return (
    <section data-page="stats" aria-labelledby="step-heading" className="space-y-6">
      {children}
    </section>
  );
}
