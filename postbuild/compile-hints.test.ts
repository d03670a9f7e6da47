import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeFiles } from "../lib/testing/files.js";
import { addCompileHints, HINT } from "./compile-hints.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>) {
  dir = mkdtempSync(path.join(os.tmpdir(), "likes-hints-"));
  writeFiles(dir, files);
}
const read = (file: string) => readFileSync(path.join(dir, file), "utf8");

describe("compile hints", () => {
  it("marks the scripts a page runs at load, and what they import, but not chunks loaded later", () => {
    site({
      "index.html": `<script type="module">import "/assets/manifest-1.js";
import * as route0 from "/assets/root-1.js";
window.__reactRouterRouteModules = {"root":route0};
import("/assets/entry.client-1.js");</script>`,
      "sources/index.html": `<script type="module">import * as route1 from "/assets/sources-1.js";</script>`,
      "assets/manifest-1.js": "window.m=1;",
      "assets/root-1.js": `import{a as b}from"./jsx-runtime-1.js";export default b;`,
      "assets/jsx-runtime-1.js": "export const a=1;",
      "assets/entry.client-1.js": `import"./jsx-runtime-1.js";const q=()=>import("./qr-1.js");`,
      "assets/sources-1.js": "export default 1;",
      "assets/qr-1.js": "export const encode=1;",
    });
    expect(addCompileHints(dir)).toEqual([
      "/assets/entry.client-1.js",
      "/assets/jsx-runtime-1.js",
      "/assets/manifest-1.js",
      "/assets/root-1.js",
      "/assets/sources-1.js",
    ]);
    expect(read("assets/root-1.js")).toBe(`${HINT}import{a as b}from"./jsx-runtime-1.js";export default b;`);
    // The QR encoder is only imported when someone opens a QR code: V8 compiles it lazily as before.
    expect(read("assets/qr-1.js")).toBe("export const encode=1;");
  });

  it("adds the hint once when the build is finished twice", () => {
    site({ "index.html": `<script type="module">import("/assets/entry.client-1.js");</script>`, "assets/entry.client-1.js": "1;" });
    addCompileHints(dir);
    addCompileHints(dir);
    expect(read("assets/entry.client-1.js")).toBe(`${HINT}1;`);
  });
});
