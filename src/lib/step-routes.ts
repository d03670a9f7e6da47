import { languages, type Language } from "../content/languages.ts";

/** Where a step route serves: in another site's frame or not, in which language, the start page or a step. */
export interface StepRoute {
  embed: boolean;
  lang: Language;
  start: boolean;
}

/**
 * A step route's id (src/routes.ts), from where it serves: "start", "step", "embed-start",
 * "es-step", "embed-es-start"… All are one module, src/routes/step.tsx; a step's data file is asked
 * for under its route's id (src/lib/step-data.ts).
 */
export const stepRouteId = ({ embed, lang, start }: StepRoute): string =>
  [embed && "embed", lang !== "en" && lang, start ? "start" : "step"].filter(Boolean).join("-");

/** Every step route's id. */
export const stepRouteIds: readonly string[] = [false, true].flatMap((embed) =>
  languages.flatMap((lang) => [true, false].map((start) => stepRouteId({ embed, lang, start }))),
);
