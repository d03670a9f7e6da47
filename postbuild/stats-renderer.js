// Part of the build (postbuild/index.js), first: the /stats renderer. React Router builds no server
// for the site (ssr: false, and it deletes the build it prerenders with), so Vite builds the one
// entry the server renders /stats with (src/render-stats.server.tsx) on its own, for Node, React
// included, into build/client beside the frame: a client folder copied elsewhere keeps working.
// The build then renders it once and cuts the frame as the server will, so a renderer that throws
// or a frame the server cannot fill stops the build, naming the file.
import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { readStats, STATS_FRAME_FILE, STATS_RENDERER_FILE, STATS_SECTION_OPEN } from "../server/stats-build.js";

const root = fileURLToPath(new URL("..", import.meta.url));
export const STATS_ENTRY = path.join(root, "src", "render-stats.server.tsx");

/**
 * @param {string} dir the client build folder
 * @returns {Promise<{ file: string, size: number }>}
 */
export async function buildStatsRenderer(dir) {
  await build({
    configFile: false,
    root,
    mode: "production",
    logLevel: "warn",
    resolve: { alias: { "@": path.join(root, "src") } },
    // React's packages pick their production build from NODE_ENV, and Vite its JSX runtime: decided
    // here, not by the environment the build runs in (Vitest's is "test").
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    oxc: { jsx: { runtime: "automatic", development: false } },
    ssr: { noExternal: true, target: "node" },
    build: {
      ssr: STATS_ENTRY,
      outDir: dir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: "node20",
      minify: false,
      rolldownOptions: { output: { entryFileNames: STATS_RENDERER_FILE.slice(1), codeSplitting: false } },
    },
  });
  const file = path.join(dir, STATS_RENDERER_FILE);
  // As the server will: the frame cut open (throws naming it), the renderer imported and run once.
  const stats = readStats(dir);
  if (!stats) throw new Error(`No ${STATS_FRAME_FILE} or ${STATS_RENDERER_FILE} in ${dir}.`);
  const html = (await stats.renderer()).renderStatsSection({ summary: { from: null, to: null, steps: [] }, labels: { steps: {}, devices: {}, symptoms: {} }, flags: [], flagWeeks: 8 });
  if (!html.startsWith(STATS_SECTION_OPEN)) throw new Error(`${path.relative(root, STATS_ENTRY)} renders no ${STATS_SECTION_OPEN}> first.`);
  return { file, size: statSync(file).size };
}
