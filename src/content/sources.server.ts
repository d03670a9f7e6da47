import { allSteps } from "../wizard/steps.ts";
import type { Language } from "./languages.ts";
import { contentLibrary } from "./library.server.ts";
import type { Source } from "./schema.ts";

export interface SourceEntry {
  source: Pick<Source, "title" | "publisher" | "kind" | "date" | "url">;
  /** The steps that rely on it, each with what for, linked to the first URL the walk reaches it at. */
  uses: Array<{ id: string; title: string; href: string; for: string; menu: boolean }>;
}

/** Every source named in a language's content, once each, with the steps that rely on it; by publisher. */
export function allSources(lang: Language = "en"): SourceEntry[] {
  const firstHref = new Map<string, string>();
  for (const step of allSteps().values()) if (!firstHref.has(step.id)) firstHref.set(step.id, step.href);
  const byUrl = new Map<string, SourceEntry>();
  for (const [id, parsed] of contentLibrary(lang)) {
    for (const { for: reason, menu, device: _device, ...source } of parsed.meta.sources ?? []) {
      const entry = byUrl.get(source.url) ?? { source, uses: [] };
      entry.uses.push({ id, title: parsed.meta.title, href: firstHref.get(id) ?? "/", for: reason, menu: menu ?? false });
      byUrl.set(source.url, entry);
    }
  }
  return [...byUrl.values()].sort(
    (a, b) => a.source.publisher.localeCompare(b.source.publisher) || a.source.title.localeCompare(b.source.title),
  );
}
