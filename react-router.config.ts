import type { Config } from "@react-router/dev/config";
import { ogImagePath } from "./src/content/page.server.ts";
import { allSteps, stateIds } from "./src/wizard/steps.ts";

export default {
  appDirectory: "src",
  ssr: false,
  // Every URL the machine can reach, a preview image per step, the sources page, and the page the server sends with a 404.
  prerender: () => [...allSteps().keys(), ...stateIds().map(ogImagePath), "/sources", "/_redirects", "/404"],
} satisfies Config;
