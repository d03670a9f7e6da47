/**
 * A page's heading. Its id is what a step change focuses and announces (step-focus.tsx) and what
 * each page's `aria-labelledby` names, so every page uses this one.
 */
export function PageHeading({ children }: { children: React.ReactNode }) {
  return (
    <h1 id="step-heading" tabIndex={-1} className="text-3xl leading-tight font-bold text-balance wrap-break-word hyphens-auto text-zinc-950 dark:text-white">
      {children}
    </h1>
  );
}
