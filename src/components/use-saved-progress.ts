import { useEffect, useLayoutEffect, useState } from "react";
import { deviceStorage } from "@/lib/device-storage";
import { clearProgress, readProgress, writeProgress, type SavedProgress } from "@/lib/saved-progress";

/**
 * Remembers the step on this device, and forgets it once the walk has reached an ending. Written
 * as the step is drawn, not after: a reader who leaves the moment an ending shows is not offered
 * to continue a walk that is over (one small write, well under a millisecond).
 */
export function useRememberStep(step: { href: string; title: string; isEnding: boolean; isStart: boolean }) {
  const { href, title, isEnding, isStart } = step;
  useLayoutEffect(() => {
    if (isStart) return;
    const storage = deviceStorage();
    if (!storage) return;
    if (isEnding) clearProgress(storage);
    else writeProgress(storage, { href, title, savedAt: Date.now() });
  }, [href, title, isEnding, isStart]);
}

/** The step saved on this device, read after hydration so the prerendered page stays the same for all. */
export function useSavedProgress(): SavedProgress | undefined {
  const [saved, setSaved] = useState<SavedProgress>();
  useEffect(() => {
    const storage = deviceStorage();
    if (storage) setSaved(readProgress(storage));
  }, []);
  return saved;
}
