import { useState, type FormEvent } from "react";
import { en } from "@/lib/ui-text";
import { useUiText } from "./language";

const reasonWords = en.menuFlag.reasons;
/**
 * The reasons a reader can give, keyed and worded in English as the server counts them
 * (server/outcomes/menu-flags.js); the form shows them in the page's language.
 */
export const REASONS = [
  ["name", reasonWords.name],
  ["missing", reasonWords.missing],
  ["order", reasonWords.order],
] as const;

const button =
  "inline-flex min-h-12 items-center rounded-xl border-2 border-zinc-300 bg-white px-4 text-base font-semibold text-zinc-900 hover:border-brand-strong dark:border-zinc-600 dark:bg-zinc-800 dark:text-white";

/**
 * "The menu looked different in my app", on a step that shows a menu path: TikTok changes its menus
 * without notice and readers see it first. A few fixed choices, no free text, counted per step and
 * week. With JavaScript the answer is sent in place; without, the form posts and the server sends
 * the reader back to the step, where the note below shows (it is the URL's #menu-flagged target).
 */
export function MenuFlag({ href }: { href: string }) {
  const [state, setState] = useState<"idle" | "sending" | "sent" | "failed">("idle");
  const t = useUiText().menuFlag;

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    setState("sending");
    try {
      const response = await fetch("/api/menu-flags", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ page: href, reason: submitter?.value }),
      });
      setState(response.ok ? "sent" : "failed");
    } catch {
      setState("failed");
    }
  }

  const thanks = t.thanks;
  return (
    <div>
      <details className="rounded-xl border border-zinc-200 px-4 py-2 dark:border-zinc-700">
        <summary className="min-h-10 cursor-pointer py-2 font-semibold text-zinc-800 dark:text-zinc-200">{t.summary}</summary>
        {state === "sent" ? (
          <p role="status" className="py-2 text-base">
            {thanks}
          </p>
        ) : (
          <form method="post" action="/api/menu-flags" onSubmit={send} className="space-y-2 py-2">
            <input type="hidden" name="page" value={href} />
            <p className="text-base">{t.question}</p>
            <div className="flex flex-wrap gap-2">
              {REASONS.map(([value]) => (
                <button key={value} type="submit" name="reason" value={value} disabled={state === "sending"} className={button}>
                  {t.reasons[value]}
                </button>
              ))}
            </div>
            {state === "failed" && (
              <p role="alert" className="text-base">
                {t.failed}
              </p>
            )}
          </form>
        )}
      </details>
      <p id="menu-flagged" className="hidden py-2 text-base target:block">
        {thanks}
      </p>
    </div>
  );
}
