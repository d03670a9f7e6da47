/**
 * How old a menu path's check may get before the page says menus may have changed since. TikTok
 * renames and moves its settings without notice; a path checked over a year ago is a guess.
 */
export const STALE_AFTER_MONTHS = 12;

/** Today as the build sees it (YYYY-MM-DD). LIKES_TODAY fixes it, so a test or a rebuild of an old release reads the same. */
export function buildDay(): string {
  return process.env.LIKES_TODAY ?? new Date().toISOString().slice(0, 10);
}

/** Whether a path checked on `checked` (YYYY-MM-DD) is more than STALE_AFTER_MONTHS old on `today`. */
export function isStale(checked: string, today = buildDay()): boolean {
  const limit = new Date(`${checked}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() + STALE_AFTER_MONTHS);
  return limit.toISOString().slice(0, 10) < today;
}
