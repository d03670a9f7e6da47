import { memo, Suspense, use, useState, type ComponentType, type ReactNode } from "react";
import { useHydrated } from "@/lib/use-hydrated";

/** Never settles: waiting on it keeps a part's prerendered HTML in place. */
const never = new Promise<never>(() => {});

/**
 * A part of a page whose code is kept out of the scripts every page loads (vite.config.ts, the app
 * chunk): it is imported on first use, or ahead of it through `preload` (the step route's
 * clientLoader waits for it before drawing a step that has the part; the answer list fetches it
 * while the reader reads the step before).
 *
 * Unlike React's `lazy`, which suspends on its first render even when the code has arrived, a
 * loaded part renders at once, so a step change draws the whole step in one go. Before then:
 * - in the prerender, the page waits for it (src/entry.server.tsx), so the HTML has it in full;
 * - while a page hydrates, React leaves the part's HTML as it is until its code arrives;
 * - after a tap, `fallback` stands in for it (only if it was not preloaded).
 * If the code cannot be fetched (offline, say), a prerendered part keeps its HTML (without what
 * needs the code, such as a Copy button); one drawn after a tap shows `unavailable` instead. The
 * part tries again the next time it is shown or preloaded. `preload` resolves to whether the code
 * is there.
 */
export function later<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode, unavailable: ReactNode) {
  let Loaded: ComponentType<P> | undefined;
  /** The load under way; cleared when it fails, so the next call tries again. */
  let attempt: Promise<boolean> | undefined;
  const preload = (): Promise<boolean> => {
    if (Loaded) return Promise.resolve(true);
    return (attempt ??= load().then(
      (component) => {
        Loaded = component;
        return true;
      },
      () => {
        attempt = undefined;
        return false;
      },
    ));
  };

  function Part({ ready, props }: { ready: Promise<boolean>; props: P }) {
    const hydrating = !useHydrated();
    const there = Loaded !== undefined || use(ready);
    if (there && Loaded) return <Loaded {...props} />;
    // A prerendered part whose code cannot be fetched stays as the page has it (React keeps a
    // boundary's HTML for as long as it waits) rather than being replaced by the message.
    if (hydrating) use(never);
    return unavailable;
  }
  // Memoised: a parent's render with the same props (the step view's, once the page runs) would
  // otherwise reach a boundary still waiting for its code, and React then draws it anew in the
  // browser instead of keeping the prerendered part.
  const Later = memo(function Later(props: P) {
    // Asked once per mount, outside the boundary (a suspended render starts over): a part that
    // failed to load tries again when it is shown again, and never in a loop.
    const [ready] = useState(preload);
    return (
      <Suspense fallback={fallback}>
        <Part ready={ready} props={props} />
      </Suspense>
    );
  });
  return { Later, preload };
}
