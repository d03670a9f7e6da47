import { useGuideLinks } from "./embed-context";

export function NotFound() {
  const start = useGuideLinks().step("/");
  return (
    <section aria-labelledby="step-heading" className="space-y-4">
      <p className="text-sm font-semibold tracking-wide text-brand-strong uppercase dark:text-rose-300">Error 404</p>
      <h1 id="step-heading" tabIndex={-1} className="text-2xl font-bold text-zinc-950 dark:text-white">
        This step does not exist
      </h1>
      <p className="text-lg">
        The link may be cut short or out of date. Start again and you will be back at the same step in a few taps.
      </p>
      <a
        href={start.to}
        target={start.target}
        className="inline-flex min-h-12 items-center rounded-xl bg-brand-strong px-5 font-semibold text-white hover:bg-brand"
      >
        Start again
      </a>
    </section>
  );
}
