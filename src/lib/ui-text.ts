/**
 * The words of the site's own frame (buttons, headings, labels, the footer, the 404 page, the
 * share panel, the support report, the live check and counts…), in each language the guide is
 * written in. The steps' own words are in content/*.md and content/<lang>/*.md, not here.
 *
 * English is the original: its object says which texts exist, and the type makes every other
 * language give each of them (a parameterised text is a function of the same parameters).
 * Components read their language's texts with `useUiText()` (src/components/language.tsx);
 * plain functions take the texts, English unless given (src/lib/report.ts, live-counts.ts,
 * page-meta.ts). Each language is a module of its own (Spanish: ui-text-es.ts), imported only by
 * the pages in that language, so a page carries its own language's words and no other's.
 *
 * A text that sits around an element (a link, a date) is split where the element goes: `…Before`
 * and `…After`, each language filling both. Punctuation that only closes a sentence (the "." after
 * a link) stays in the component.
 */

/** What a text can be: words, words made from parameters, or a group of texts. */
export type Text = string | ((...args: never[]) => string) | { readonly [key: string]: Text };

/** The type every language gives: English's keys and parameters, with any words. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };


export const en = {
  nav: {
    siteName: "Likes troubleshooter",
    skipToStep: "Skip to the step",
  },
  meta: {
    pageNotFound: "Page not found",
  },
  error: {
    heading: "Something went wrong",
    body: "This page could not be shown. Reloading usually helps; if not, start again.",
    startAgain: "Start again",
  },
  notFound: {
    kicker: "Error 404",
    heading: "This step does not exist",
    body: "The link may be cut short or out of date. Start again and you will be back at the same step in a few taps.",
    startAgain: "Start again",
  },
  steps: {
    progress: (index: number, total: number) => `Step ${index} of ${total}`,
    /** "Steps for **Android**." */
    stepsForBefore: "Steps for ",
    showInstead: (device: string) => `Show ${device} instead`,
    /** "What worked: **Update TikTok**" */
    workedBefore: "What worked: ",
    navLabel: "Step",
    back: "Back",
    startAgain: "Start again",
  },
  answers: {
    /** Marks the answer for the phone the browser says it is. */
    thisPhone: "This phone",
  },
  resume: {
    heading: "Continue where you left off?",
    youWereOn: (title: string) => `You were on: ${title}`,
    continue: "Continue",
  },
  share: {
    heading: "Send this step to someone",
    share: "Share this step",
    showQr: "Show QR code",
    hideQr: "Hide QR code",
    shared: "Shared.",
    copied: "Link copied. Paste it into a chat to send this exact step.",
    failed: "Could not copy the link. Select it below and copy it by hand.",
    qrLabel: (url: string) => `QR code of the link to this step: ${url}`,
    scan: "Scan it with the phone that has TikTok to open this step there.",
    linkBefore: "Link: ",
    qrUnavailable: 'The QR code could not be loaded. Check the connection, then tap "Show QR code" again.',
  },
  sources: {
    /** "…last checked in <date>, over a year ago…" */
    staleBefore: "These menu names were last checked in ",
    staleAfter: ", over a year ago: TikTok may have changed its menus since.",
    guidesOnly: "Menu names reported by guides only, not by TikTok or the press: names may differ. ",
    /** "Menu names checked against <sources>, in <date>. Not checked…" */
    checkedBefore: "Menu names checked against ",
    checkedMiddle: ", in",
    checkedAfter: ". Not checked in the app itself: if a name differs in yours, look for the nearest match.",
    factsBefore: "Facts on this page: ",
    /** Before the last of a list of sources; `next` is its name. */
    and: (_next: string) => " and ",
    allSources: "Every source this guide uses",
  },
  footer: {
    allFixes: "Every fix at once",
    allFixesAfter: ", on one page to read or print.",
    map: "The whole guide as a map",
    mapAfter: ", every step and where each answer leads.",
    onYourSite: "Put this guide on your site",
    independent:
      "An independent help page. Not affiliated with, endorsed by or connected to TikTok or ByteDance. TikTok is a trademark of its owner.",
    counting:
      "No trackers, no cookies, no third-party requests. Each answer you tap is counted (the step, the answer, the day) to learn which fixes work; nothing that identifies you is kept, and browsers that send Global Privacy Control or Do Not Track are not counted.",
    howWeCount: "How we count",
    stats: "Which fixes work",
    notCounting: "No trackers, no cookies, no third-party requests.",
  },
  /** The "this menu looked different" form (src/components/menu-flag.tsx): on every step with a menu path. */
  menuFlag: {
    summary: "The menu looked different in my app",
    question: "What was different?",
    /** Keyed as the server counts them (server/outcomes/menu-flags.js). */
    reasons: {
      name: "A name was different",
      missing: "A button was missing",
      order: "The order was different",
    },
    failed: "It could not be sent just now. Try again later.",
    thanks: "Thanks: we count these, and check the steps readers flag most against their sources again.",
  },
  parts: {
    /** What stands in for the support report when its code cannot be fetched. */
    report: "The report could not be loaded. Reload this page to see it.",
    /** The same for the live connection check. */
    connection: "The live check could not be loaded: this phone may be offline. The steps above work without it.",
  },
} as const satisfies Text;

export type UiText = Widen<typeof en>;
