import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

// axe-core run in the page directly: injected once per document (a client-side step change keeps
// it) rather than once per check, which makes a check about four times faster on this machine.
// The pages have no frames, which is all @axe-core/playwright adds.
const { source } = createRequire(import.meta.url)("axe-core") as { source: string };

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * The rules that read colours. The dark scheme changes colours only (every `dark:` class in src/
 * sets a text, background or border colour), so after the full set in the light scheme these are
 * what can differ in the dark one.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * The serious and critical WCAG 2.2 AA violations on the page as it is now, one line each; with
 * `rules`, only those rules.
 */
export async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(source);
  const runOnly = rules ? { type: "rule", values: rules } : { type: "tag", values: TAGS };
  const violations: Violation[] = await page.evaluate(
    (runOnly) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe
        .run(document, { runOnly, resultTypes: ["violations"] })
        .then((result) => result.violations),
    runOnly,
  );
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/**
 * The serious violations in each colour scheme: every rule in the light one, then `darkRules` (the
 * colour rules unless told) in the dark one, each line prefixed with its scheme. The schemes are
 * switched with motion reduced, which turns the colour transitions off (src/app.css): the colours
 * change at once, so contrast is never measured mid-fade and nothing waits for a fade to end.
 * Leaves the page light, with motion as the reader asked.
 */
export async function violationsInBothSchemes(page: Page, darkRules: string[] | "every rule" = COLOUR_RULES): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const light = await seriousViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await seriousViolations(page, darkRules === "every rule" ? undefined : darkRules);
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "no-preference" });
  return [...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)];
}
