import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { hasTag } from "../wizard/steps.ts";
import { en } from "../lib/ui-text.ts";
import { es } from "../lib/ui-text-es.ts";
import type { Language } from "./languages.ts";
import { stepMeta } from "./library.server.ts";

/** The card's own words in each language; the step's title comes from its content file. */
const cardWords: Record<Language, { site: string; fix: string; explanation: string; question: string; footer: string }> = {
  en: {
    site: en.nav.siteName,
    fix: "A fix to try",
    explanation: "Why it happens",
    question: "Step-by-step help",
    footer: "For TikTok likes that won't stay · Not affiliated with TikTok",
  },
  es: {
    site: es.nav.siteName,
    fix: "Un arreglo para probar",
    explanation: "Por qué pasa",
    question: "Ayuda paso a paso",
    footer: "Para los me gusta de TikTok que no se quedan · Sin relación con TikTok",
  },
};

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const fontFiles = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => path.join(fontDir, f));

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** Greedy word wrap; the font is wide, so a character count is close enough for a preview card. */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/\s*\S*$/, "")}…`;
  }
  return lines;
}

/** The 1200×630 picture chat apps show for a step's link: the step's own title on the site's card. */
export function renderOgImage(id: string, lang: Language = "en"): Uint8Array {
  const { title } = stepMeta(id, lang);
  const words = cardWords[lang];
  // One picture per step id, whatever the walk: so it names the kind of step, not its number.
  const kicker = hasTag(id, "fix") ? words.fix : hasTag(id, "explanation") ? words.explanation : words.question;
  const lines = wrap(title, 22, 3);
  const titleSvg = lines
    .map((line, i) => `<text x="80" y="${330 + i * 86 - (lines.length - 1) * 43}" font-size="72" font-weight="bold" fill="#18181b">${escapeXml(line)}</text>`)
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fff1f2"/>
  <rect x="0" y="0" width="24" height="630" fill="#be123c"/>
  <path transform="translate(80 62) scale(2.4)" fill="#be123c" d="M12 21s-7.5-4.6-9.6-9.1C.9 8.6 3 5 6.5 5c2 0 3.5 1 5.5 3 2-2 3.5-3 5.5-3C21 5 23.1 8.6 21.6 11.9 19.5 16.4 12 21 12 21z"/>
  <text x="150" y="112" font-size="40" font-weight="bold" fill="#18181b">${escapeXml(words.site)}</text>
  <text x="80" y="200" font-size="34" fill="#9f1239">${escapeXml(kicker)}</text>
  ${titleSvg}
  <text x="80" y="560" font-size="28" fill="#3f3f46">${escapeXml(words.footer)}</text>
</svg>`;
  const resvg = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" } });
  return resvg.render().asPng();
}
