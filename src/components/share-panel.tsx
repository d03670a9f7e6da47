import { useState } from "react";
import { shareStep, shareUrl } from "@/lib/share";
import { useHydrated } from "@/lib/use-hydrated";
import { later } from "./later";
import { useUiText } from "./language";

function QrUnavailable() {
  return <p className="text-base">{useUiText().share.qrUnavailable}</p>;
}

/** The QR code and its encoder load on the first tap on "Show QR code". */
const { Later: QrCode } = later(
  () => import("./qr-code").then((m) => m.QrCode),
  <div className="size-56 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-800" />,
  <QrUnavailable />,
);

/** Share the step: the phone's share sheet, or the link copied; a QR code to carry it to a phone. */
export function SharePanel({ title, href, publicUrl }: { title: string; href: string; publicUrl: string }) {
  const hydrated = useHydrated();
  const t = useUiText().share;
  // Prerendered with the public address; in the browser, wherever this copy of the site is served.
  // Worked out in the render, not set by an effect: an effect would draw every new step twice.
  const url = hydrated ? shareUrl(window.location.origin, href) : publicUrl;
  const [status, setStatus] = useState("");
  const [showQr, setShowQr] = useState(false);
  // A new step starts with no message and the QR code closed (reset in the render, as above).
  const [shownFor, setShownFor] = useState(href);
  if (shownFor !== href) {
    setShownFor(href);
    setStatus("");
    setShowQr(false);
  }

  async function share() {
    const outcome = await shareStep(
      { title, url },
      {
        share: navigator.share?.bind(navigator),
        canShare: navigator.canShare?.bind(navigator),
        writeText: navigator.clipboard?.writeText.bind(navigator.clipboard),
      },
    );
    setStatus(outcome === "cancelled" ? "" : t[outcome]);
  }

  const button =
    "inline-flex min-h-12 items-center gap-2 rounded-xl border-2 border-zinc-300 px-4 font-semibold text-zinc-900 hover:border-brand-strong dark:border-zinc-600 dark:text-white";
  return (
    <section aria-labelledby="share-heading" className="space-y-3 rounded-2xl bg-zinc-100 p-4 dark:bg-zinc-800">
      <h2 id="share-heading" className="font-semibold text-zinc-950 dark:text-white">
        {t.heading}
      </h2>
      {/* The buttons need JavaScript: they are drawn from the start, but hidden until it runs, so
          the space they take (a second row on a narrow phone) is kept and nothing below them moves
          under a finger when they appear. Hidden, they cannot be focused or tapped. */}
      <div className={`flex flex-wrap gap-3 ${hydrated ? "" : "invisible"}`}>
        <button type="button" onClick={share} className={button}>
          {t.share}
        </button>
        <button type="button" aria-expanded={showQr} aria-controls="step-qr" onClick={() => setShowQr(!showQr)} className={button}>
          {showQr ? t.hideQr : t.showQr}
        </button>
      </div>
      <p role="status" className="min-h-6 text-base font-medium text-emerald-800 empty:min-h-0 dark:text-emerald-300">
        {status}
      </p>
      <div id="step-qr" hidden={!showQr} className="space-y-2">
        {showQr && <QrCode text={url} label={t.qrLabel(url)} />}
        <p className="text-sm">{t.scan}</p>
      </div>
      <p className="text-sm break-all text-zinc-700 dark:text-zinc-300">
        {t.linkBefore}
        <span data-testid="step-link">{url}</span>
      </p>
    </section>
  );
}
