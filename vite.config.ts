import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { appChunk, plainDynamicImports, reactRouterProduction } from "./postbuild/vite-plugins.js";
import { checkContentPlugin } from "./src/content/vite-plugin.ts";

/**
 * Names this build: the time it started, so two builds also compare in order. The client bundle and
 * every prerendered page's data carry it, so a page can tell data from another build (a deploy in
 * the middle of a walk) and load the new build whole instead of mixing the two (src/routes/step.tsx).
 */
// React Router loads this file once for the client build and again for the prerender, in one
// process: the environment keeps the first answer for the second.
const buildId = (process.env.LIKES_BUILD_ID ??= new Date().toISOString());

export default defineConfig({
  define: {
    __BUILD_ID__: JSON.stringify(buildId),
    // A static host has no server to count answers: OUTCOMES=off builds pages that send nothing.
    __COUNTING__: JSON.stringify(process.env.OUTCOMES !== "off"),
  },
  // Our own plugins each replace a piece of React Router's or Vite's behaviour: postbuild/overrides.js.
  plugins: [tailwindcss(), checkContentPlugin(), !process.env.VITEST && reactRouter(), appChunk(), reactRouterProduction(), plainDynamicImports()],
  // The parts loaded later need only files already loaded (plainDynamicImports, below).
  build: { modulePreload: false },
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: { include: ["src/**/*.test.ts", "src/**/*.test.tsx", "server/**/*.test.ts", "postbuild/**/*.test.ts"] },
});
