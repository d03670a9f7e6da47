// Each rewrite of a dependency's code, fed code that an upgrade could have changed: the build stops
// and names the override, instead of building a site without it.
import { describe, expect, it } from "vitest";
import { overrides, rewriteOrFail } from "./overrides.js";
import { appChunk, markPure, plainDynamicImports, PRELOAD_HELPER, productionBuildOf, reactRouterProduction } from "./vite-plugins.js";

/** Calls a Vite hook that may be a function or an object with a handler, as Vite does. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = (hook: any, thisArg: unknown, ...args: unknown[]) => (typeof hook === "function" ? hook : hook.handler).call(thisArg, ...args);

describe("React Router's production build, marked pure", () => {
  it("marks React's component factories pure and drops the top-level display names", () => {
    const { code, marked } = markPure('const Link = React.forwardRef(function Link() {});\nLink.displayName = "Link";\nconst C = React2.createContext(null);');
    expect(marked).toBe(2);
    expect(code).toContain("/* @__PURE__ */ React.forwardRef(");
    expect(code).toContain("/* @__PURE__ */ React2.createContext(");
    expect(code).not.toContain("displayName");
  });

  it("stops the build by name when no module of React Router has anything to mark", () => {
    const plugin = reactRouterProduction();
    call(plugin.buildStart, {});
    call(plugin.transform, {}, "export const x = createElement(Thing);", "/node_modules/react-router/dist/production/index.mjs");
    expect(() => call(plugin.buildEnd, {})).toThrow(/Framework override "react-router-production" no longer fits react-router 7\.18\.4's code: found no React\.forwardRef/);
  });

  it("stops the build by name when the package has no production build beside the development one", () => {
    expect(() => productionBuildOf("react")).toThrow(/"react-router-production".*no production build/);
    expect(productionBuildOf("react-router")).toMatch(/[\\/]production[\\/]/);
  });
});

describe("plain dynamic imports", () => {
  it("replaces Vite's preload helper with the plain import", () => {
    const plugin = plainDynamicImports();
    call(plugin.buildStart, {});
    expect(call(plugin.load, {}, PRELOAD_HELPER)).toBe("export const __vitePreload = (load) => load();");
    expect(() => call(plugin.buildEnd, {})).not.toThrow();
  });
  it("stops the build by name when Vite never asks for the helper under the name it knows", () => {
    const plugin = plainDynamicImports();
    call(plugin.buildStart, {});
    call(plugin.load, {}, "\0vite/renamed-helper.js");
    expect(() => call(plugin.buildEnd, {})).toThrow(/"plain-dynamic-imports"/);
  });
});

describe("one app chunk", () => {
  it("stops the build by name when the bundle comes out without the app chunk", () => {
    const plugin = appChunk();
    expect(() => call(plugin.generateBundle, {}, {}, { "root.js": { type: "chunk", name: "root" } })).toThrow(/"app-chunk".*no chunk named app/);
    expect(() => call(plugin.generateBundle, {}, {}, { "app.js": { type: "chunk", name: "app" } })).not.toThrow();
  });
});

describe("the list of overrides", () => {
  it("names, for each one, the version it was checked on, its record and its guard", () => {
    for (const [name, override] of Object.entries(overrides)) {
      expect(override.dependency, name).toMatch(/^\S+ \d+\.\d+\.\d+/);
      expect(override.record, name).toMatch(/^docs\/decisions\/\d{3}-[a-z-]+\.md$/);
      expect(override.guard, name).toMatch(/\.test\.ts$/);
    }
  });
  it("a rewrite whose pattern matches nothing stops with its name and where it looked", () => {
    expect(() => rewriteOrFail("scripts-after-paint", "<p>no scripts</p>", /<script[^>]*>/g, "", "index.html")).toThrow(
      /"scripts-after-paint".*matched nothing in index\.html/,
    );
    expect(rewriteOrFail("scripts-after-paint", "<script>x</script>", /<script[^>]*>/g, "<script defer>", "index.html")).toBe("<script defer>x</script>");
  });
});
