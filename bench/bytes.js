// `npm run bench`: the JavaScript and CSS a first visit loads before any interaction, in raw,
// gzip -9 and brotli -q 11 bytes.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DEVICE, hydrated } from "./page.js";

/** Raw, gzip -9 and brotli -q 11 sizes of some bytes. */
export function sizes(/** @type {Buffer} */ bytes) {
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** @typedef {{ raw: number, gzip: number, brotli: number, files: number }} Bytes */

function add(/** @type {Bytes} */ total, /** @type {Buffer} */ bytes) {
  const s = sizes(bytes);
  total.raw += s.raw;
  total.gzip += s.gzip;
  total.brotli += s.brotli;
  total.files += 1;
}

/** Resolves once the page's answer links have React's props on them: hydration is done. */

/**
 * The JS and CSS a first visit loads before any interaction, in a fresh context (no cache, no
 * service worker): every script/stylesheet request of the page (modulepreloads and lazy chunks
 * included) until the network is idle, sized from the build folder, plus the page's inline scripts.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} origin @param {string} pathname @param {string} siteDir
 */
export async function firstLoadBytes(browser, origin, pathname, siteDir) {
  const context = await browser.newContext({ ...DEVICE });
  try {
    const page = await context.newPage();
    /** @type {Map<string, "script" | "stylesheet">} */
    const assets = new Map();
    page.on("request", (request) => {
      const type = request.resourceType();
      if ((type === "script" || type === "stylesheet") && !request.serviceWorker()) assets.set(request.url(), type);
    });
    const response = await page.goto(origin + pathname, { waitUntil: "load", timeout: 20_000 });
    if (!response?.ok()) throw new Error(`${pathname} answered ${response?.status()}`);
    await hydrated(page);
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});

    const js = { raw: 0, gzip: 0, brotli: 0, files: 0 };
    const css = { raw: 0, gzip: 0, brotli: 0, files: 0 };
    const inline = { raw: 0, gzip: 0, brotli: 0, files: 0 };
    /** @type {string[]} */
    const files = [];
    for (const [url, type] of assets) {
      const { origin: from, pathname: file } = new URL(url);
      const onDisk = path.join(siteDir, decodeURIComponent(file));
      if (from !== origin || !existsSync(onDisk)) throw new Error(`${pathname} loaded ${url}, not a file of the build`);
      const content = readFileSync(onDisk);
      add(type === "script" ? js : css, content);
      files.push(`${file} ${(sizes(content).brotli / 1024).toFixed(1)} KB br`);
    }
    const html = readFileSync(path.join(siteDir, pathname === "/" ? "index.html" : `${pathname.slice(1)}/index.html`), "utf8");
    // Data blocks (JSON-LD breadcrumbs) are not JavaScript: never parsed or run as code.
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).join("\n");
    if (inlineScripts) add(inline, Buffer.from(inlineScripts));
    return { js, css, inline, files };
  } finally {
    await context.close();
  }
}
