import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { writeFiles } from "../lib/testing/files.js";
import { precompress } from "./precompress.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>) {
  dir = mkdtempSync(path.join(os.tmpdir(), "likes-precompress-"));
  writeFiles(dir, files);
}
const page = "<p>Clear the cache, then like the video again.</p>\n".repeat(40);

describe("the compressed copies", () => {
  it("are the same bytes as the page, in brotli and gzip, for the pages and the step data a reader fetches", async () => {
    site({ "unliking/cache/index.html": page, "unliking/cache.data": page, "tiny.html": "<p>hi</p>" });
    expect(await precompress(dir)).toMatchObject({ files: 2 });
    for (const file of ["unliking/cache/index.html", "unliking/cache.data"]) {
      expect(zlib.brotliDecompressSync(readFileSync(path.join(dir, `${file}.br`))).toString()).toBe(page);
      expect(zlib.gunzipSync(readFileSync(path.join(dir, `${file}.gz`))).toString()).toBe(page);
    }
    // Below 256 bytes the headers outweigh the saving.
    expect(existsSync(path.join(dir, "tiny.html.br"))).toBe(false);
  });

  it("are not made for the data React Router writes beside an image, the sitemap or robots.txt, which no page asks for", async () => {
    site({ "og/cache.png.data": page, "sitemap.xml.data": page, "robots.txt.data": page, "sitemap.xml": page });
    await precompress(dir);
    for (const file of ["og/cache.png.data", "sitemap.xml.data", "robots.txt.data"]) expect(existsSync(path.join(dir, `${file}.br`)), file).toBe(false);
    expect(existsSync(path.join(dir, "sitemap.xml.br"))).toBe(true);
  });
});
