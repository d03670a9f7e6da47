import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
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
  plugins: [tailwindcss(), checkContentPlugin(), !process.env.VITEST && reactRouter(), appChunk(), reactRouterProduction(), plainDynamicImports()],
  // The parts loaded later need only files already loaded (plainDynamicImports, below).
  build: { modulePreload: false },
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: { include: ["src/**/*.test.ts", "src/**/*.test.tsx", "server/**/*.test.ts", "postbuild/**/*.test.ts"] },
});

/**
 * Puts all of our own code that a step page runs at load into one file, `app-*.js`: the root and
 * step route modules and everything they import statically. By default it comes as nine small
 * files, split by which pages share them; one file is 1.6 KB smaller with brotli (the pieces share
 * their words: class names, JSX calls) and five fewer requests. The route modules' own files only
 * re-export from it. Code loaded later (the live check, the QR code, the support report, the map)
 * stays in files of its own, and React and React Router keep theirs (`includeDependenciesRecursively`
 * off). Other pages (sources, map, stats) load the whole file: it is in the cache after any step.
 */
function appChunk(): Plugin {
  const entries = /\/src\/(root\.tsx|routes\/step\.tsx)$/;
  const atLoad = new Set<string>();
  return {
    name: "likes:app-chunk",
    apply: "build",
    applyToEnvironment: (environment) => environment.name === "client",
    // React Router asks for "exports-only", which cannot be combined with the option below; a route
    // module's file still exports exactly its route's exports.
    options: (options) => ({ ...options, preserveEntrySignatures: "allow-extension" }),
    buildStart() {
      atLoad.clear();
    },
    buildEnd() {
      const queue = [...this.getModuleIds()].filter((id) => entries.test(id));
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (atLoad.has(id)) continue;
        atLoad.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    outputOptions: (output) => ({
      ...output,
      codeSplitting: {
        includeDependenciesRecursively: false,
        groups: [{ name: "app", test: (id: string) => atLoad.has(id) && !id.includes("/node_modules/") }],
      },
    }),
  };
}

/**
 * React Router's production build in the browser. Its package sends every bundler to its
 * development build (remix-run/react-router#14102; so in 7.18.4), which keeps the console warnings
 * for developers; the production build is the same code with those switched off, 0.5 KB smaller
 * with brotli. Only the client bundle: the prerender keeps the copy @react-router/node loads.
 */
function reactRouterProduction(): Plugin {
  const production = (specifier: string) => {
    const file = fileURLToPath(import.meta.resolve(specifier)).replace(`${path.sep}development${path.sep}`, `${path.sep}production${path.sep}`);
    return existsSync(file) ? file : undefined;
  };
  const files = new Map([
    ["react-router", production("react-router")],
    ["react-router/dom", production("react-router/dom")],
  ]);
  return {
    name: "likes:react-router-production",
    enforce: "pre",
    apply: "build",
    applyToEnvironment: (environment) => environment.name === "client",
    resolveId: (source) => files.get(source),
    // React's forwardRef, memo and createContext are pure, but Rolldown cannot know that of a call
    // into another package, and each component React Router makes with them then gets a
    // `displayName` (for React's developer tools) set at the top level of the module. So Rolldown
    // kept every one of them, Form, NavLink and all they use, whether the app uses them or not.
    // Marked pure and without the top-level names, unused ones go.
    transform: {
      filter: { id: /[\\/]react-router[\\/]dist[\\/]production[\\/]/ },
      handler: (code) => ({
        code: code
          .replace(/(?<!@__PURE__\*\/ )\b(React\d*\.(?:forwardRef|memo|createContext)\()/g, "/* @__PURE__ */ $1")
          .replace(/^[A-Za-z]\w*\.displayName = "[^"\n]*";$/gm, ""),
        map: null,
      }),
    },
  };
}

/**
 * Vite wraps every dynamic `import()` of the browser's code in a helper that first adds
 * `<link rel="modulepreload">` for the imported file's own imports. Here each part loaded later
 * (src/components/step-parts.tsx, the QR code) needs only files every page has already loaded, and
 * the helper was 0.5 KB of the app file's 7.5 (brotli) that every first visit downloaded. Its module
 * is loaded first here, as the plain import it wraps.
 */
function plainDynamicImports(): Plugin {
  const helper = "\0vite/preload-helper.js";
  return {
    name: "likes:plain-dynamic-imports",
    enforce: "pre",
    apply: "build",
    applyToEnvironment: (environment) => environment.name === "client",
    load: (id) => (id === helper ? "export const __vitePreload = (load) => load();" : undefined),
  };
}
