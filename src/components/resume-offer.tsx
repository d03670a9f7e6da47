import { useGuideLinks } from "./embed-context";
import { useSavedProgress } from "./use-saved-progress";
import { GuideLink } from "./guide-link";

export function ResumeOffer() {
  const saved = useSavedProgress();
  const links = useGuideLinks();
  if (!saved) return null;
  return (
    <aside aria-labelledby="resume-heading" className="space-y-3 rounded-2xl border-2 border-brand-strong p-4">
      <h2 id="resume-heading" className="text-lg font-semibold text-zinc-950 dark:text-white">
        Continue where you left off?
      </h2>
      <p>You were on: {saved.title}</p>
      <GuideLink
        {...links.step(saved.href)}
        className="inline-flex min-h-12 items-center rounded-xl bg-brand-strong px-5 font-semibold text-white hover:bg-brand"
      >
        Continue
      </GuideLink>
    </aside>
  );
}
