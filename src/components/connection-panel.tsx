import { lazy, Suspense, useEffect, useState } from "react";

/** The live check's code (and TanStack Query's), loaded apart: only one step has it. */
export const loadConnectionCheck = () => import("./connection-check");
const ConnectionCheck = lazy(loadConnectionCheck);

/** A frame of fixed size for the live check, so the page does not jump when it loads. */
export function ConnectionPanel() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const waiting = <p className="text-base">The live check needs JavaScript; the steps above work without it.</p>;
  return (
    <section aria-labelledby="connection-check" className="min-h-56 space-y-2 rounded-2xl border-2 border-zinc-200 p-4 dark:border-zinc-700">
      <h2 id="connection-check" className="text-lg font-semibold text-zinc-950 dark:text-white">
        Live check: this phone's connection
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Measures how quickly this site's own server answers. It is not TikTok, but a slow result here means TikTok will
        struggle too.
      </p>
      {mounted ? <Suspense fallback={<p className="text-base">Loading the check…</p>}>{<ConnectionCheck />}</Suspense> : waiting}
    </section>
  );
}
