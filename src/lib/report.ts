import { reportText, type ReportText } from "./text/report";

export interface ReportInput {
  symptom?: string;
  device?: string;
  /** The quick-check answer, in the words the reader picked. */
  check?: string;
  tried: Array<{ title: string; answer: string }>;
  /** Left out until known: the prerendered page cannot know the reader's date. */
  date?: Date;
  url: string;
}

/**
 * The plain-text summary a person pastes into TikTok's "Report a problem" form, in the given texts' language (English unless given). The date
 * ("26 November 2026", in the reader's own time zone) is written out by hand (src/lib/ui-text.ts)
 * rather than with Intl.DateTimeFormat: the first formatter a page makes loads the locale's data
 * (30–90 ms on this machine's Chromium), and the report is drawn as its step appears.
 */
export function buildReport({ symptom, device, check, tried, date, url }: ReportInput, text: ReportText = reportText.en): string {
  const t = text;
  const lines = [
    t.title,
    "",
    t.whatHappens(symptom ?? t.notGiven),
    t.phone(device ?? t.notGiven),
    ...(check ? [t.quickCheck(check)] : []),
    ...(date ? [t.date(date)] : []),
    "",
    tried.length > 0 ? t.triedHeading : t.nothingTried,
    ...tried.map((fix, i) => `${i + 1}. ${fix.title}: ${fix.answer}`),
    "",
    t.stepsFollowed(url),
  ];
  return lines.join("\n");
}
