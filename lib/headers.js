// Every response header the site sends, in one place. `npm start` (server/server.js) sends them, and the
// build (postbuild/host-files.js) writes the same rules for a CDN or static host, so both
// deployments behave alike.
import { createHash } from "node:crypto";

/** The /stats renderer the build makes (postbuild/stats-renderer.js): the server's own code, never served. */
export const STATS_RENDERER_FILE = "/_stats.mjs";

export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Stored, but checked with the server (ETag) before every use: a new build shows at once. */
export const REVALIDATE = "no-cache";
/**
 * A step's data (`.data`): fresh for five minutes, so the copy prefetched while the reader reads a
 * step is the one the next tap uses, with no second request. A deploy is safe: the data names its
 * build, and a page that gets data from another build loads that step whole (src/routes/step.tsx).
 */
export const STEP_DATA = "public, max-age=300";
/**
 * embed.js: its address is in other sites' pages, so it cannot carry a content hash. A day fresh,
 * then a week more used while the browser checks for a new one in the background; its messages to
 * the frame stay compatible across versions (public/embed.js).
 */
export const EMBED_SCRIPT = "public, max-age=86400, stale-while-revalidate=604800";
/** Error answers (400, 405, 414, …) are never kept. */
export const NO_STORE = "no-store";

/** React Router's single-fetch payload (turbo-stream), fetched on client-side navigation. */
export const DATA_CONTENT_TYPE = "text/x-script";

/**
 * The part of the Content-Security-Policy that is the same for every response. It names no
 * script-src or default-src, so on a CDN that joins it with a page's own policy (Cloudflare Pages
 * sends both, and a browser enforces both) it never blocks what the page's policy allows.
 */
export const BASE_POLICY = ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"];

/**
 * A page's policy: scripts from our origin plus the page's own inline scripts, by hash; no
 * 'unsafe-inline' or 'unsafe-eval'. Styles: the Tailwind stylesheet inlined in the page, by hash
 * (React sets other styles through the CSSOM, which style-src does not govern). Images: ours, and the
 * icon each page carries as a data: URL. connect-src, worker-src and manifest-src are spelled out
 * for the connection check, the service worker and the manifest.
 * @param {readonly string[]} scriptHashes CSP sources such as 'sha256-…'
 * @param {readonly string[]} [styleHashes] the same for the page's inline stylesheet
 */
export function pagePolicy(scriptHashes, styleHashes = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    ["style-src 'self'", ...styleHashes].join(" "),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    ...BASE_POLICY,
  ].join("; ");
}

/**
 * Who may frame the embed pages (`EMBED_ORIGINS`): space- or comma-separated origins such as
 * `https://blog.example` or `https://*.example.org`, schemes such as `https:` (the default: any site
 * served over https), or `'none'`. This site itself always may, unless it is `'none'`.
 * @param {string | undefined} value
 * @returns {string} the frame-ancestors sources
 * @throws {Error} naming the first entry that is not an origin
 */
export function frameAncestors(value) {
  const entries = (value ?? "https:").split(/[\s,]+/).filter(Boolean);
  if (entries.length === 0) throw new Error("EMBED_ORIGINS is empty: name the sites that may embed the guide, https: for any, or 'none'.");
  if (entries.length === 1 && /^'?none'?$/i.test(entries[0] ?? "")) return "'none'";
  for (const entry of entries) {
    const valid =
      /^https?:$/i.test(entry) ||
      entry === "'self'" ||
      /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?$/i.test(entry);
    if (!valid) {
      throw new Error(
        `EMBED_ORIGINS: "${entry}" is not an origin. Use origins such as https://blog.example (no path), https://*.example.org, https: for any site over https, or 'none'.`,
      );
    }
  }
  return [...new Set(["'self'", ...entries])].join(" ");
}

/** The embed pages (src/lib/embed.ts), the only pages another site may frame. */
export const isEmbedPage = (/** @type {string} */ urlPath) => urlPath.startsWith("/embed/") && urlPath.endsWith(".html");

/** On every response: a file, a page, a 404, a 400. */
export const commonHeaders = Object.freeze({
  "Content-Security-Policy": BASE_POLICY.join("; "),
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "DENY",
});

/** The CSP hash source of every inline script in an HTML document, without repeats, in order. */
export function inlineScriptHashes(/** @type {string} */ html) {
  return inlineHashes(html, "script");
}

/** The same for inline <style> elements (the site's CSS is inlined so a page paints at once). */
export function inlineStyleHashes(/** @type {string} */ html) {
  return inlineHashes(html, "style");
}

function inlineHashes(/** @type {string} */ html, /** @type {"script" | "style"} */ tag) {
  const hashes = new Set();
  const element = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)<\\/${tag}\\s*>`, "gi");
  for (const [, attributes = "", body = ""] of html.matchAll(element)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * Files in the build that are not served under their own name: precompressed twins (sent in place
 * of the original), host configuration, the /stats renderer (the server's own code), React
 * Router's SPA fallback and the not-found page (which is only ever sent with status 404).
 */
export function isHidden(/** @type {string} */ urlPath) {
  return (
    /\.(br|gz)$/.test(urlPath) ||
    urlPath === "/_headers" ||
    urlPath === "/_redirects" ||
    urlPath === "/_outcomes.json" ||
    urlPath === STATS_RENDERER_FILE ||
    // React Router also writes a .data twin of each prerendered file route (sitemap.xml.data, …): never asked for.
    /^\/_redirects\.data$|\.(xml|txt|json|png)\.data$/.test(urlPath) ||
    urlPath === "/__spa-fallback.html" ||
    urlPath === "/404.html" ||
    // The not-found pages (/404, /embed/404, /es/404…), sent with a 404 status instead.
    urlPath.endsWith("/404/index.html")
  );
}

/**
 * The headers a file of the build is served with (the common ones included).
 * @param {string} urlPath the file's path under the build folder, with a leading slash
 * @param {() => string} readHtml reads the file; called for HTML only
 * @param {{ embedAncestors?: string }} [options] who may frame the embed pages (frameAncestors)
 * @returns {Record<string, string>}
 */
export function headersForFile(urlPath, readHtml, { embedAncestors = frameAncestors(undefined) } = {}) {
  /** @type {Record<string, string>} */
  const headers = { ...commonHeaders, Vary: "Accept-Encoding" };
  if (urlPath.startsWith("/assets/")) {
    headers["Cache-Control"] = IMMUTABLE;
  } else if (urlPath.endsWith(".data")) {
    headers["Cache-Control"] = STEP_DATA;
  } else {
    headers["Cache-Control"] = REVALIDATE;
  }
  if (urlPath.endsWith(".html")) {
    const html = readHtml();
    headers["Content-Security-Policy"] = pagePolicy(inlineScriptHashes(html), inlineStyleHashes(html));
    if (isEmbedPage(urlPath)) {
      // Framed by other sites: their origins instead of 'none', and no X-Frame-Options (DENY would
      // win in browsers that read it first). A host with COEP may load it too.
      headers["Content-Security-Policy"] = headers["Content-Security-Policy"].replace("frame-ancestors 'none'", `frame-ancestors ${embedAncestors}`);
      delete headers["X-Frame-Options"];
      headers["Cross-Origin-Resource-Policy"] = "cross-origin";
    }
  } else if (urlPath === "/embed.js") {
    // Loaded by other sites' pages (with or without crossorigin="anonymous").
    headers["Cache-Control"] = EMBED_SCRIPT;
    headers["Access-Control-Allow-Origin"] = "*";
    headers["Cross-Origin-Resource-Policy"] = "cross-origin";
  } else if (urlPath.endsWith(".data")) {
    headers["Content-Type"] = DATA_CONTENT_TYPE;
  } else if (urlPath.endsWith(".xml")) {
    headers["Content-Type"] = "application/xml; charset=utf-8"; // the sitemap (mrmime says text/xml)
  } else if (urlPath.endsWith(".txt")) {
    headers["Content-Type"] = "text/plain; charset=utf-8";
  }
  return headers;
}

/** Headers for an answer that is not a file: 400, 405, 414, 431, 500. */
export function errorHeaders() {
  return { ...commonHeaders, "Cache-Control": NO_STORE, "Content-Type": "text/plain; charset=utf-8" };
}
