/**
 * The route ids of the steps (src/routes.ts): the start page, the steps, and the same two inside
 * another site's frame. All four are one module, src/routes/step.tsx. A step's data file is asked
 * for under its route's id (src/lib/step-data.ts).
 */
export const stepRoutes = { start: "start", step: "step", embedStart: "embed-start", embedStep: "embed-step" } as const;
