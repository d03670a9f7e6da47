import { useGuideLinks } from "./embed-context";
import { useSavedProgress } from "./use-saved-progress";
import { GuideLink } from "./guide-link";
import { useUiText } from "./language";

export function ResumeOffer() {
  const saved = useSavedProgress();
  const links = useGuideLinks();
  const t = useUiText().resume;
  if (!saved) return null;
  return (
    <aside aria-labelledby="resume-heading" className="space-y-3 rounded-2xl border-2 border-brand-strong p-4">
      <h2 id="resume-heading" className="text-lg font-semibold text-zinc-950 dark:text-white">
        {t.heading}
      </h2>
      <p>{t.youWereOn(saved.title)}</p>
      <GuideLink
        {...links.step(saved.href)}
        className="inline-flex min-h-12 items-center rounded-xl bg-brand-strong px-5 font-semibold text-white hover:bg-brand"
      >
        {t.continue}
      </GuideLink>
    </aside>
  );
}
