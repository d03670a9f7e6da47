import { useState } from "react";
import { buildReport, type ReportInput } from "@/lib/report";
import { shareUrl } from "@/lib/share";
import { useHydrated } from "@/lib/use-hydrated";
import { useTextOf } from "./language";
import { reportText } from "@/lib/text/report";

interface SupportReportProps {
  href: string;
  publicUrl: string;
  symptom?: string;
  device?: string;
  check?: string;
  tried: ReportInput["tried"];
}

/** The summary to paste into TikTok's report form, built from the walk the URL stands for. */
export function SupportReport({ href, publicUrl, symptom, device, check, tried }: SupportReportProps) {
  const hydrated = useHydrated();
  const t = useTextOf(reportText);
  // The date and address are the reader's own, so they are filled in once the page runs (in the
  // render: an effect would draw the step twice).
  const reader = hydrated ? { date: new Date(), url: shareUrl(window.location.origin, href) } : { url: publicUrl };
  const [status, setStatus] = useState("");

  const report = buildReport({ symptom, device, check, tried, ...reader }, t);

  async function copy() {
    try {
      // Built again at the tap, so the date is the day it is sent (the page may have been open since yesterday).
      await navigator.clipboard.writeText(
        buildReport({ symptom, device, check, tried, date: new Date(), url: shareUrl(window.location.origin, href) }, t),
      );
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  }

  return (
    <section aria-labelledby="report-heading" className="space-y-3">
      <h2 id="report-heading" className="text-xl font-semibold text-zinc-950 dark:text-white">
        {t.heading}
      </h2>
      <label htmlFor="report-text" className="block text-base">
        {t.label}
      </label>
      {/* In the page's own font: a monospace one is a lookup in the system's fonts the first time a
          walk reaches this step, inside the tap (about 11 ms at 4× CPU in a trace, bench/throttled.js). */}
      <textarea
        id="report-text"
        readOnly
        value={report}
        rows={report.split("\n").length + 2}
        className="field-sizing-content w-full rounded-xl border-2 border-zinc-300 bg-white p-3 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-100"
      />
      {/* Copying needs JavaScript; without it the text above can be selected and copied by hand. */}
      <div className="min-h-12">
        {hydrated && (
          <button
            type="button"
            onClick={copy}
            className="inline-flex min-h-12 items-center rounded-xl bg-brand-strong px-5 font-semibold text-white hover:bg-brand"
          >
            {t.copy}
          </button>
        )}
      </div>
      <p role="status" className="text-base font-medium text-emerald-800 dark:text-emerald-300">
        {status}
      </p>
    </section>
  );
}
