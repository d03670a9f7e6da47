import { languages } from "@/content/languages";
import { embedHref } from "@/lib/embed";
import { localHref } from "@/lib/language-path";
import { renamedSteps } from "@/wizard/renames";
import { allSteps } from "@/wizard/steps";

/**
 * Prerendered to /_redirects (the format Netlify and Cloudflare Pages read; `npm start` reads it
 * too): every URL a renamed step had, and its embed page, in each language, moved permanently to
 * the step's URL now.
 */
export function loader() {
  const oldIds = Object.entries(renamedSteps);
  const lines: string[] = [];
  for (const step of allSteps().values()) {
    for (const [oldId, newId] of oldIds) {
      if (step.id !== newId) continue;
      const old = step.href.replace(/[^/]+$/, oldId);
      if (allSteps().has(old)) continue;
      // A static host reads only these lines: an old embed link in a frame must move too, in every language.
      for (const lang of languages) {
        const [from, to] = [localHref(old, lang), localHref(step.href, lang)];
        lines.push(`${from} ${to} 301`, `${embedHref(from)} ${embedHref(to)} 301`);
      }
    }
  }
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
