import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { afterFirstPaint, deferModules } from "./defer-modules.js";

// React Router's bootstrap script as `react-router build` writes it into a prerendered page.
const bootstrap = `import "/assets/manifest-1.js";
import * as route0 from "/assets/root-1.js";
import * as route1 from "/assets/step-1.js";
  window.__reactRouterRouteModules = {"root":route0,"step":route1};
import("/assets/entry.client-1.js");`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("scripts after the first paint", () => {
  it("imports the same modules, in the same order, once the first paint is reported, and keeps the rest", () => {
    const code = afterFirstPaint(bootstrap, "index.html");
    expect(code).not.toMatch(/^\s*import\s*["*]/m);
    const paint = code.indexOf(`"first-contentful-paint"`);
    const imports = code.indexOf(
      `.then(() => Promise.all([import("/assets/manifest-1.js"), import("/assets/root-1.js"), import("/assets/step-1.js")]))`,
    );
    const routes = code.indexOf(`.then(([, route0, route1]) => {`);
    expect(paint).toBeGreaterThan(-1);
    expect(imports).toBeGreaterThan(paint);
    expect(routes).toBeGreaterThan(imports);
    expect(code.indexOf(`window.__reactRouterRouteModules = {"root":route0,"step":route1};`)).toBeGreaterThan(routes);
    expect(code.indexOf(`import("/assets/entry.client-1.js");`)).toBeGreaterThan(routes);
    // It parses as a plain function body: no top-level await, which a browser that cannot parse it
    // would stop at, running none of the page's scripts.
    expect(() => new Function(code.replaceAll("import(", "String("))).not.toThrow();
  });

  it("stops the build, naming the page, on a bootstrap it does not know", () => {
    expect(() => afterFirstPaint(`import { a } from "/assets/x.js"; a();`, "unliking/index.html")).toThrow(/unliking\/index\.html/);
    expect(() => afterFirstPaint(`window.x = 1;`, "sources/index.html")).toThrow(/sources\/index\.html/);
  });

  it("stops the build by name when the bootstrap no longer registers the route modules the entry shares", () => {
    expect(() => afterFirstPaint(bootstrap.replace("window.__reactRouterRouteModules", "window.__routes"), "index.html")).toThrow(
      /"shared-step-module".*index\.html/,
    );
  });

  it("stops the build by name when no page has a bootstrap script or a module preload to move", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "likes-defer-"));
    writeFileSync(path.join(dir, "index.html"), `<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body><p>Text</p><script src="/assets/x.js"></script></body></html>`);
    expect(() => deferModules(dir!)).toThrow(/"scripts-after-paint".*no page .* has a <script type="module"> bootstrap/);
  });

  it("takes the module preloads out of every page and leaves a page's other scripts as they are", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "likes-defer-"));
    mkdirSync(path.join(dir, "symptom"));
    const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="modulepreload" href="/assets/root-1.js"/></head><body><p>Text</p><script>window.a = 1;</script><script type="module" async="">${bootstrap}</script></body></html>`;
    writeFileSync(path.join(dir, "symptom", "index.html"), page);
    expect(deferModules(dir)).toBe(1);
    const html = readFileSync(path.join(dir, "symptom", "index.html"), "utf8");
    expect(html).not.toContain("modulepreload");
    expect(html).toContain("<script>window.a = 1;</script>");
    expect(html).toContain(`<script type="module" async="">${afterFirstPaint(bootstrap, "symptom/index.html")}</script>`);
  });
});
