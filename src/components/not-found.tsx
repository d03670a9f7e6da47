import { useGuideLinks } from "./embed-context";
import { useUiText } from "./language";

export function NotFound() {
  const start = useGuideLinks().step("/");
  const t = useUiText().notFound;
  return (
    <section aria-labelledby="step-heading" className="space-y-4">
      <p className="text-sm font-semibold tracking-wide text-brand-strong uppercase dark:text-rose-300">{t.kicker}</p>
      <h1 id="step-heading" tabIndex={-1} className="text-2xl font-bold text-zinc-950 dark:text-white">
        {t.heading}
      </h1>
      <p className="text-lg">{t.body}</p>
      <a
        href={start.to}
        target={start.target}
        className="inline-flex min-h-12 items-center rounded-xl bg-brand-strong px-5 font-semibold text-white hover:bg-brand"
      >
        {t.startAgain}
      </a>
    </section>
  );
}
