/**
 * Runs `task` once the page is idle, at the latest after `timeoutMs`; returns what cancels it.
 * Safari has no requestIdleCallback: a timeout a tenth as long lands after its paint as well.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, timeoutMs / 10);
  return () => clearTimeout(id);
}
