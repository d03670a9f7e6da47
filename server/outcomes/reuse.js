// One read of the database answers every request for a while (a minute for the live level and the
// per-fix evidence), whatever the traffic.

/**
 * Wraps `read` so that its promise is reused for `ttl` ms; a failed read is not kept, so the next
 * call tries again.
 * @template T
 * @param {() => Promise<T>} read
 * @param {number} ttl
 * @param {() => number} [now]
 */
export function reuseFor(read, ttl, now = () => Date.now()) {
  /** @type {{ at: number, value: Promise<T> } | undefined} */
  let cached;
  return {
    /** @returns {Promise<T>} */
    get() {
      const t = now();
      if (!cached || t - cached.at >= ttl) {
        const value = read();
        cached = { at: t, value };
        value.catch(() => {
          if (cached?.value === value) cached = undefined;
        });
      }
      return cached.value;
    },
    /** Forgets the last read (a test that has just changed the counts). */
    forget() {
      cached = undefined;
    },
  };
}
