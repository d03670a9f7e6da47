// The build's own Vite plugins (vite.config.ts). Each replaces a piece of React Router's or Vite's
// behaviour, is listed in overrides.js, and stops the build by name when the code it edits changed.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { matchCounter, OverrideError } from "./overrides.js";

/** @typedef {import("vite").Plugin} Plugin */

/** Only the browser's bundle: the prerender keeps what Node loads. */
const clientOnly = (/** @type {{ name: string }} */ environment) => environment.name === "client";

/**
 * Puts all of our own code that a step page runs at load into one file, `app-*.js` (the root and
 * step route modules and everything they import statically) instead of nine small files split by
 * which pages share them. Code loaded later keeps its own files. Record: docs/decisions/003.
 * @returns {Plugin}
 */
export function appChunk() {
  const entries = /\/src\/(root\.tsx|routes\/step\.tsx)$/;
  /** @type {Set<string>} */
  const atLoad = new Set();
  return {
    name: "likes:app-chunk",
    apply: "build",
    applyToEnvironment: clientOnly,
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
        groups: [{ name: "app", test: (/** @type {string} */ id) => atLoad.has(id) && !id.includes("/node_modules/") }],
      },
    }),
    // An option Rolldown stopped reading would leave the nine files and say nothing.
    generateBundle(_, bundle) {
      if (!Object.values(bundle).some((chunk) => chunk.type === "chunk" && chunk.name === "app")) {
        throw new OverrideError("app-chunk", "the bundle has no chunk named app");
      }
    },
  };
}

/**
 * React Router's package sends every bundler to its development build (remix-run/react-router#14102);
 * the production build is the same code without the console warnings, 0.5 KB smaller with brotli.
 * @param {string} specifier
 */
export function productionBuildOf(specifier) {
  const development = fileURLToPath(import.meta.resolve(specifier));
  const file = development.replace(`${path.sep}development${path.sep}`, `${path.sep}production${path.sep}`);
  if (file === development || !existsSync(file)) {
    throw new OverrideError("react-router-production", `no production build beside ${development}`);
  }
  return file;
}

/**
 * React's forwardRef, memo and createContext are pure, but Rolldown cannot know that of a call into
 * another package, and each component React Router makes with them gets a top-level `displayName`.
 * So every one of them was kept, used or not. Marked pure and without the names, unused ones go.
 * @param {string} code a module of React Router's production build
 * @returns {{ code: string, marked: number }}
 */
export function markPure(code) {
  let marked = 0;
  const out = code
    .replace(/(?<!@__PURE__\*\/ )\b(React\d*\.(?:forwardRef|memo|createContext)\()/g, (_, call) => {
      marked++;
      return `/* @__PURE__ */ ${call}`;
    })
    .replace(/^[A-Za-z]\w*\.displayName = "[^"\n]*";$/gm, "");
  return { code: out, marked };
}

/**
 * The browser bundle takes React Router's production build, marked pure (above). Record:
 * docs/decisions/001.
 * @returns {Plugin}
 */
export function reactRouterProduction() {
  /** @type {Map<string, string>} */
  let files = new Map();
  const pure = matchCounter("react-router-production", "React.forwardRef, memo or createContext call to mark pure");
  return {
    name: "likes:react-router-production",
    enforce: "pre",
    apply: "build",
    applyToEnvironment: clientOnly,
    buildStart() {
      files = new Map(["react-router", "react-router/dom"].map((specifier) => [specifier, productionBuildOf(specifier)]));
      pure.reset();
    },
    resolveId: (source) => files.get(source),
    transform: {
      filter: { id: /[\\/]react-router[\\/]dist[\\/]production[\\/]/ },
      handler: (source) => {
        const { code, marked } = markPure(source);
        pure.add(marked);
        return { code, map: null };
      },
    },
    buildEnd: () => pure.check(),
  };
}

/** The module id of Vite's preload helper, which wraps every dynamic `import()`. */
export const PRELOAD_HELPER = "\0vite/preload-helper.js";

/**
 * Vite wraps every dynamic `import()` of the browser's code in a helper that first adds
 * `<link rel="modulepreload">` for the imported file's own imports. Here each part loaded later
 * needs only files every page has already loaded, and the helper was 0.5 KB of the app file's 7.5
 * (brotli). Its module is loaded as the plain import it wraps. Record: docs/decisions/002.
 * @returns {Plugin}
 */
export function plainDynamicImports() {
  let replaced = false;
  return {
    name: "likes:plain-dynamic-imports",
    enforce: "pre",
    apply: "build",
    applyToEnvironment: clientOnly,
    buildStart() {
      replaced = false;
    },
    load(id) {
      if (id !== PRELOAD_HELPER) return undefined;
      replaced = true;
      return "export const __vitePreload = (load) => load();";
    },
    // The app has dynamic imports (the support report, the QR code, the live check): a build that
    // never asked for the helper renamed it, and the helper would be back under its new name.
    buildEnd() {
      if (!replaced) throw new OverrideError("plain-dynamic-imports", `Vite never loaded ${JSON.stringify(PRELOAD_HELPER)}`);
    },
  };
}
