import path from "node:path";
import type { Config } from "@react-router/dev/config";
import { finishSite } from "./postbuild/index.js";
import { ogImagePath } from "./src/content/page.server.ts";
import { embedHref } from "./src/lib/embed.ts";
import { localHref } from "./src/lib/language-path.ts";
import { sitePagePaths, translatedPages } from "./src/lib/site-pages.ts";
import { allSteps, stateIds } from "./src/wizard/steps.ts";

export default {
  appDirectory: "src",
  // LIKES_BUILD_DIR builds elsewhere (e2e/step-data.spec.ts makes a second build to deploy over the first).
  buildDirectory: process.env.LIKES_BUILD_DIR ?? "build",
  ssr: false,
  // Every URL the machine can reach and its embed page, a preview image per step, the other pages,
  // each in English and in Spanish (src/lib/language-path.ts), the files for hosts, the server and
  // search engines, and the pages the server sends with a 404.
  prerender: () => {
    const spanish = (href: string) => localHref(href, "es");
    const steps = [...allSteps().keys()];
    return [
      ...steps,
      ...steps.map(embedHref),
      ...steps.map(spanish),
      ...steps.map(spanish).map(embedHref),
      ...stateIds().map((id) => ogImagePath(id)),
      ...stateIds().map((id) => ogImagePath(id, "es")),
      ...sitePagePaths,
      ...translatedPages.map((page) => spanish(page.path)),
      ...["/_redirects", "/_outcomes.json", "/sitemap.xml", "/robots.txt", "/404", "/embed/404", "/es/404", "/embed/es/404"],
    ];
  },
  // After the prerender: the finishing steps (postbuild/) make build/client a complete site.
  buildEnd: async ({ viteConfig }) => finishSite(path.join(viteConfig.build.outDir, "..", "client")),
} satisfies Config;
