import type { Config } from "@react-router/dev/config";
import { allSteps } from "./src/wizard/steps.ts";

export default {
  appDirectory: "src",
  ssr: false,
  // Every URL the machine can reach, plus the page the server sends with a 404.
  prerender: () => [...allSteps().keys(), "/404"],
} satisfies Config;
