/**
 * The route ids of the steps (src/routes.ts): the start page, the steps, the same two inside
 * another site's frame, and all four in Spanish. All are one module, src/routes/step.tsx. A step's
 * data file is asked for under its route's id (src/lib/step-data.ts).
 */
export const stepRoutes = {
  start: "start",
  step: "step",
  embedStart: "embed-start",
  embedStep: "embed-step",
  esStart: "es-start",
  esStep: "es-step",
  embedEsStart: "embed-es-start",
  embedEsStep: "embed-es-step",
} as const;
