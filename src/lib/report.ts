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

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/**
 * "26 November 2026", in the reader's own time zone. Written out by hand rather than with
 * Intl.DateTimeFormat: the first formatter a page makes loads the locale's data (30–90 ms on this
 * machine's Chromium), and the report is drawn as its step appears.
 */
const longDate = (date: Date) => `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`;

/** The plain-text summary a person pastes into TikTok's "Report a problem" form. */
export function buildReport({ symptom, device, check, tried, date, url }: ReportInput): string {
  const lines = [
    "Problem with likes on TikTok",
    "",
    `What happens: ${symptom ?? "not given"}`,
    `Phone: ${device ?? "not given"}`,
    ...(check ? [`Quick check: ${check}`] : []),
    ...(date ? [`Date: ${longDate(date)}`] : []),
    "",
    tried.length > 0 ? "What I have already tried:" : "I have not tried any fixes yet.",
    ...tried.map((fix, i) => `${i + 1}. ${fix.title}: ${fix.answer}`),
    "",
    `Steps I followed: ${url}`,
  ];
  return lines.join("\n");
}
