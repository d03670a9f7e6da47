// Every place the build rewrites or replaces a dependency's own code, in one list. Each was written
// against the version named here; a rewrite whose pattern no longer matches (an upgrade changed the
// code it edits) stops the build with its name instead of silently doing nothing. Why each exists,
// what it gains and what would let us drop it: the record named beside it, in docs/decisions/.

/**
 * @typedef {object} Override
 * @property {string} what what it changes, in a few words
 * @property {string} dependency the package whose code it edits, and the version it was checked on
 * @property {string} record its decision record
 * @property {string} guard the test that feeds it a changed input
 */

/** @satisfies {Record<string, Override>} */
export const overrides = {
  "react-router-production": {
    what: "the browser bundle uses React Router's production build, its components marked pure",
    dependency: "react-router 7.18.4",
    record: "docs/decisions/001-react-router-production-build.md",
    guard: "postbuild/overrides.test.ts",
  },
  "plain-dynamic-imports": {
    what: "Vite's preload helper around dynamic import() is replaced by the plain import",
    dependency: "vite 8.3.8",
    record: "docs/decisions/002-plain-dynamic-imports.md",
    guard: "postbuild/overrides.test.ts",
  },
  "app-chunk": {
    what: "the code every step runs at load is one file, app-*.js",
    dependency: "vite 8.3.8 (Rolldown's codeSplitting groups)",
    record: "docs/decisions/003-one-app-chunk.md",
    guard: "postbuild/overrides.test.ts",
  },
  "scripts-after-paint": {
    what: "React Router's modulepreload links leave the pages; its bootstrap script imports after the first paint",
    dependency: "react-router 7.18.4 (@react-router/dev prerender output)",
    record: "docs/decisions/004-scripts-after-first-paint.md",
    guard: "postbuild/defer-modules.test.ts",
  },
  "shared-step-module": {
    what: "the step route's module is registered under all four step route ids before hydration",
    dependency: "react-router 7.18.4 (window.__reactRouterRouteModules)",
    record: "docs/decisions/005-shared-step-module.md",
    guard: "postbuild/defer-modules.test.ts",
  },
};

export class OverrideError extends Error {
  /** @param {keyof typeof overrides} name @param {string} problem */
  constructor(name, problem) {
    const { dependency, record } = overrides[name];
    super(`Framework override "${name}" no longer fits ${dependency.split(" (")[0]}'s code: ${problem}. See ${record}, then update or drop it.`);
    this.name = "OverrideError";
  }
}

/**
 * `text.replace(pattern, replacement)`, counting the matches; none at all is an OverrideError.
 * @param {keyof typeof overrides} name
 * @param {string} text
 * @param {RegExp} pattern
 * @param {string | ((substring: string, ...args: any[]) => string)} replacement
 * @param {string} where what was searched, for the message
 */
export function rewriteOrFail(name, text, pattern, replacement, where) {
  const all = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  if (!all.test(text)) throw new OverrideError(name, `${pattern} matched nothing in ${where}`);
  all.lastIndex = 0;
  // @ts-expect-error: String.replace takes either kind of replacement; TypeScript wants one overload.
  return text.replace(pattern, replacement);
}

/**
 * Counts matches over many files (a rewrite that applies to some modules, not all); `check()` at the
 * end of the build throws if the total is zero.
 * @param {keyof typeof overrides} name
 * @param {string} description what should have been found
 */
export function matchCounter(name, description) {
  let count = 0;
  return {
    /** @param {number} n */
    add: (n) => {
      count += n;
    },
    get count() {
      return count;
    },
    reset: () => {
      count = 0;
    },
    check: () => {
      if (count === 0) throw new OverrideError(name, `found no ${description}`);
    },
  };
}
