import { memo, useRef } from "react";
import type { StepPage } from "@/content/page.server";
import { AnswerList } from "./answer-list";
import { LanguageOffer } from "./language-offer";
import { ResumeOffer } from "./resume-offer";
import { SharePanel } from "./share-panel";
import { StepSources } from "./step-sources";
import { useRememberStep } from "./use-saved-progress";
import { useDetectedDevice } from "./use-detected-device";
import { PageHeading } from "./page-heading";
import { localHref } from "@/lib/language-path";
import { useGuideLinks, useIsEmbed } from "./embed-context";
import { ConnectionPanel, LiveCounts, SupportReport } from "./step-parts";
import { useHydrated } from "@/lib/use-hydrated";
import { GuideLink } from "./guide-link";
import { useNearView } from "./use-near-view";
import { useLanguage, useUiText } from "./language";
import type { Language } from "@/content/languages";

/**
 * Memoised on the page's data: the router re-renders its routes when a tap starts a step change
 * (the "loading" state), and that render would redraw the old step for nothing.
 */
export const StepView = memo(function StepView({ page }: { page: StepPage }) {
  const detected = useDetectedDevice();
  const links = useGuideLinks();
  const { steps: t, answers: answerText } = useUiText();
  // Where a phone is one of the answers (the device question), the browser's own is suggested.
  const suggested = detected && page.answers.some((a) => a.event === `device.${detected}`) ? `device.${detected}` : undefined;
  useRememberStep({ href: page.href, title: page.title, isEnding: page.isEnding, isStart: page.href === "/" });
  return (
    <article aria-labelledby="step-heading" className="space-y-6">
      {page.href === "/" && <LanguageOffer />}
      {page.href === "/" && <ResumeOffer />}
      {page.progress && <Progress {...page.progress} />}
      <PageHeading>{page.title}</PageHeading>
      {page.device && page.deviceSwitch.length > 0 && (
        <p className="flex flex-wrap items-center gap-x-2 text-base">
          <span>
            {t.stepsForBefore}
            <strong className="font-semibold">{page.device.label}</strong>.
          </span>
          {page.deviceSwitch.map((other) => (
            <GuideLink key={other.device} {...links.step(other.href)} replace className="font-semibold text-brand-strong underline underline-offset-2 dark:text-rose-300">
              {t.showInstead(other.label)}
            </GuideLink>
          ))}
        </p>
      )}
      {page.worked && (
        <p className="rounded-2xl bg-emerald-50 px-5 py-4 text-lg text-emerald-950 dark:bg-emerald-950/50 dark:text-emerald-100">
          {t.workedBefore}
          <strong>{page.worked}</strong>
        </p>
      )}
      <div className="prose" dangerouslySetInnerHTML={{ __html: page.html }} />
      <CountsSlot page={page} />
      {page.part === "connection-check" && <ConnectionPanel />}
      {page.part === "support-report" && (
        <SupportReport
          href={localHref(page.href, page.lang)}
          publicUrl={page.url}
          symptom={page.symptom?.label}
          device={page.device?.label}
          check={page.check}
          tried={page.tried}
        />
      )}
      {page.answers.length > 0 && (
        <section aria-labelledby="question" className="space-y-3">
          <h2 id="question" className="text-xl font-semibold text-zinc-950 dark:text-white">
            {page.question}
          </h2>
          <AnswerList answers={page.answers} from={page.href} suggested={suggested} suggestedNote={answerText.thisPhone} />
        </section>
      )}
      <SharePanel title={page.title} href={localHref(page.href, page.lang)} publicUrl={page.url} />
      <StepSources href={page.href} menuCheck={page.menuCheck} sources={page.sources} />
      {page.back && <StepNav back={page.back} />}
    </article>
  );
});

/**
 * Where our own counts go: the live level on the steps that ask "is it just me?", how often the fix
 * worked on a fix. Its space is kept from the first paint when the browser runs scripts (CSS
 * `scripting`), so nothing below moves when the line arrives, or if it never does; without
 * JavaScript, on a static host and in another site's frame, there is no slot at all.
 */
/**
 * Room for the longest line each language can show (9,999 readers in an hour, 999 times the usual: tested in
 * e2e/live-counts.spec.ts), on a 320 px screen and from 400 px on. Whole class names, for Tailwind.
 */
const keptSpace: Record<Language, Record<"live" | "evidence", string>> = {
  en: {
    live: "[@media(scripting:enabled)]:min-h-[6lh] min-[400px]:[@media(scripting:enabled)]:min-h-[5lh]",
    evidence: "[@media(scripting:enabled)]:min-h-[4lh]",
  },
  es: {
    live: "[@media(scripting:enabled)]:min-h-[7lh] min-[400px]:[@media(scripting:enabled)]:min-h-[6lh]",
    evidence: "[@media(scripting:enabled)]:min-h-[5lh] min-[400px]:[@media(scripting:enabled)]:min-h-[4lh]",
  },
};

function CountsSlot({ page }: { page: StepPage }) {
  const hydrated = useHydrated();
  const embed = useIsEmbed();
  const slot = useRef<HTMLDivElement>(null);
  // Its code (and TanStack Query's) and its request wait until the reader scrolls near it: it sits
  // below the fold on every step that has it, and a reader who never gets there never pays for it.
  const near = useNearView(slot);
  const lang = useLanguage();
  const live = page.live && page.symptom;
  if (!__COUNTING__ || embed || !(live || page.fix)) return null;
  return (
    <div ref={slot} className={`text-sm [@media(scripting:none)]:hidden ${keptSpace[lang][live ? "live" : "evidence"]}`} data-testid="counts-slot">
      {hydrated &&
        near &&
        (live ? (
          <LiveCounts kind="live" symptom={live.id} />
        ) : (
          <LiveCounts kind="evidence" step={page.id} {...(page.device && { device: page.device })} />
        ))}
    </div>
  );
}

function Progress({ index, total }: { index: number; total: number }) {
  const t = useUiText().steps;
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
        {t.progress(index, total)}
      </p>
      <div aria-hidden="true" className="flex gap-1">
        {Array.from({ length: total }, (_, i) => (
          <span key={i} className={`h-1.5 flex-1 rounded-full ${i < index ? "bg-brand-strong" : "bg-zinc-200 dark:bg-zinc-700"}`} />
        ))}
      </div>
    </div>
  );
}

function StepNav({ back }: { back: string }) {
  const links = useGuideLinks();
  const t = useUiText().steps;
  return (
    <nav aria-label={t.navLabel} className="flex flex-wrap gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-700">
      <GuideLink {...links.step(back)} className="inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-zinc-700 underline-offset-2 hover:underline dark:text-zinc-300">
        <span aria-hidden="true">←&nbsp;</span>
        {t.back}
      </GuideLink>
      <GuideLink {...links.step("/")} className="inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-zinc-700 underline-offset-2 hover:underline dark:text-zinc-300">
        {t.startAgain}
      </GuideLink>
    </nav>
  );
}
