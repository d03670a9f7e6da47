/** Where a person got to, kept on their own device so the start page can offer to continue. */
export interface SavedProgress {
  href: string;
  title: string;
  savedAt: number;
}

export const storageKey = "likes-troubleshooter:progress";
const version = 1;
/** Older than this, a saved step is more likely stale than useful. */
const maxAgeMs = 30 * 24 * 60 * 60 * 1000;

/** Reads the saved step; anything unreadable, from another version, or too old counts as nothing. */
export function readProgress(storage: Pick<Storage, "getItem">, now = Date.now()): SavedProgress | undefined {
  let raw: unknown;
  try {
    // Both reading (blocked storage) and parsing (a damaged value) can throw.
    raw = JSON.parse(storage.getItem(storageKey) ?? "null");
  } catch {
    return undefined;
  }
  if (typeof raw !== "object" || raw === null) return undefined;
  const { v, href, title, savedAt } = raw as Record<string, unknown>;
  if (v !== version || typeof href !== "string" || typeof title !== "string" || typeof savedAt !== "number") return undefined;
  if (!/^\/[a-z0-9/-]*$/.test(href) || href === "/" || title.length === 0 || title.length > 200) return undefined;
  if (now - savedAt > maxAgeMs || savedAt > now + 60_000) return undefined;
  return { href, title, savedAt };
}

export function writeProgress(storage: Pick<Storage, "setItem">, progress: SavedProgress): void {
  try {
    storage.setItem(storageKey, JSON.stringify({ v: version, ...progress }));
  } catch {
    // Private browsing or a full quota: resuming is a convenience, not worth an error.
  }
}

export function clearProgress(storage: Pick<Storage, "removeItem">): void {
  try {
    storage.removeItem(storageKey);
  } catch {
    // As above.
  }
}
