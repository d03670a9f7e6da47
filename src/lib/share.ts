/**
 * The link to share for a step: where this copy of the site is served, plus the step's own path.
 * Query strings and fragments are dropped, so a shared link always opens the plain step.
 */
export function shareUrl(origin: string, href: string): string {
  const path = href.split(/[?#]/)[0] || "/";
  return new URL(path, origin).href;
}

export type ShareOutcome = "shared" | "copied" | "cancelled" | "failed";

interface ShareEnv {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  writeText?: (text: string) => Promise<void>;
}

/** The phone's share sheet where there is one, else the clipboard. */
export async function shareStep(data: { title: string; url: string }, env: ShareEnv): Promise<ShareOutcome> {
  const payload = { title: data.title, url: data.url };
  if (env.share && (!env.canShare || env.canShare(payload))) {
    try {
      await env.share(payload);
      return "shared";
    } catch (error) {
      if (error instanceof Error && error.name === "AbortError") return "cancelled";
    }
  }
  if (!env.writeText) return "failed";
  try {
    await env.writeText(data.url);
    return "copied";
  } catch {
    return "failed";
  }
}
