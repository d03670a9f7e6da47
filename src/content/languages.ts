// The languages the guide's content is written in, and the words the content checks look for in
// each. English is the original: content/<id>.md. Every other language has content/<lang>/<id>.md,
// which the build holds to the English one (src/content/parity.server.ts).

export const languages = ["en", "es"] as const;
export type Language = (typeof languages)[number];

/**
 * What the build reads in a step's words, per language:
 * - `menuVerb`: the verbs that make "Tap **Settings**" an instruction naming something on screen
 *   (a menu path, which needs its sources and a `checked` date);
 * - `riskyAction`: instructions that can cost the reader drafts or access, each needing a
 *   `:::warning` before it (Android's "Clear storage" is "Liberar espacio de almacenamiento" in
 *   Latin American Spanish and "Borrar almacenamiento" in Spain's: docs/spanish-sources.md);
 * - `warning`: the word a `:::warning` callout starts with.
 */
export const wordsOf: Record<Language, { menuVerb: RegExp; riskyAction: RegExp; warning: string }> = {
  en: {
    warning: "Warning",
    menuVerb: /\b(tap|open|choose|select)\b[^.:;]*$/i,
    riskyAction: /\b(delete app|delete (?:the )?tiktok|uninstall|clear (?:storage|data)|log out|sign out)\b/i,
  },
  es: {
    warning: "Advertencia",
    menuVerb: /(?<![\p{L}])(toca|abre|elige|selecciona|pulsa|busca)(?![\p{L}])[^.:;]*$/iu,
    riskyAction:
      /(?<![\p{L}])(eliminar (?:la )?app|eliminar tiktok|borrar (?:la )?app|desinstalar tiktok|borrar (?:almacenamiento|datos)|liberar espacio de almacenamiento|cierra (?:tu )?sesión|cerrar (?:tu |la )?sesión)(?![\p{L}])/iu,
  },
};

/**
 * A menu name that no source in the reader's language gives: the likely name, then this, then the
 * English name in bold and a closing parenthesis. "**Liberar espacio** (puede llamarse así; en
 * inglés: **Free up space**)". The build refuses a name with neither a source nor this.
 */
export const HEDGE: Partial<Record<Language, string>> = { es: " (puede llamarse así; en inglés: " };
