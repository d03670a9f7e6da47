import { useEffect, useState } from "react";
import ConnectionCheck, { CheckView } from "./connection-check";
import { useTextOf } from "./language";
import { connectionText } from "@/lib/text/connection";

/**
 * The live check on the connection step, the same size before its code runs and in every state of
 * the check, so the answers below do not move under a finger. Its code (and TanStack Query's) loads
 * apart: src/components/step-parts.tsx.
 */
export function ConnectionPanel() {
  const [mounted, setMounted] = useState(false);
  const t = useTextOf(connectionText);
  useEffect(() => setMounted(true), []);
  return (
    <section aria-labelledby="connection-check" className="space-y-2 rounded-2xl border-2 border-zinc-200 p-4 dark:border-zinc-700">
      <h2 id="connection-check" className="text-lg font-semibold text-zinc-950 dark:text-white">
        {t.heading}
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t.about}</p>
      {mounted ? <ConnectionCheck /> : <CheckView message={t.needsJs} online="–" roundTrip="–" busy={false} />}
    </section>
  );
}
