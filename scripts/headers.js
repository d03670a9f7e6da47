// Every response header the site sends, in one place. `npm start` (scripts/server.js) sends them,
// and `node scripts/headers.js` writes the same rules as build/client/_headers for a CDN or static
// host (Netlify and Cloudflare Pages read that format), so both deployments behave alike.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Stored, but checked with the server (ETag) before every use: a new build shows at once. */
export const REVALIDATE = "no-cache";
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
 * (React sets other styles through the CSSOM, which style-src does not govern). connect-src, worker-src and
 * manifest-src are spelled out for the connection check, the service worker and the manifest.
 * @param {readonly string[]} scriptHashes CSP sources such as 'sha256-…'
 * @param {readonly string[]} [styleHashes] the same for the page's inline stylesheet
 */
export function pagePolicy(scriptHashes, styleHashes = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    ["style-src 'self'", ...styleHashes].join(" "),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    ...BASE_POLICY,
  ].join("; ");
}

/**
 * The page's policy as a `<meta http-equiv>` element, for static hosts: it travels inside the HTML,
 * so `_headers` needs no rule per page (Cloudflare Pages reads at most 100). A browser enforces it
 * together with the header policy; frame-ancestors, which a meta policy may not carry, stays in
 * the header sent with every response.
 * @param {string} html a prerendered page
 */
export function withPolicyMeta(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const policy = pagePolicy(inlineScriptHashes(html), inlineStyleHashes(html))
    .split("; ")
    .filter((directive) => !directive.startsWith("frame-ancestors"))
    .join("; ");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const charset = /<meta charSet="utf-8"\/>/i;
  if (!charset.test(html)) throw new Error("a prerendered page without <meta charSet> at the top of <head>");
  return html.replace(charset, (tag) => tag + meta);
}

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
 * of the original), host configuration, React Router's SPA fallback and the not-found page (which
 * is only ever sent with status 404).
 */
export function isHidden(/** @type {string} */ urlPath) {
  return (
    /\.(br|gz)$/.test(urlPath) ||
    urlPath === "/_headers" ||
    urlPath === "/_redirects" ||
    urlPath === "/__spa-fallback.html" ||
    urlPath === "/404.html" ||
    urlPath === "/404/index.html"
  );
}

/**
 * The headers a file of the build is served with (the common ones included).
 * @param {string} urlPath the file's path under the build folder, with a leading slash
 * @param {() => string} readHtml reads the file; called for HTML only
 * @returns {Record<string, string>}
 */
export function headersForFile(urlPath, readHtml) {
  /** @type {Record<string, string>} */
  const headers = { ...commonHeaders, Vary: "Accept-Encoding" };
  if (urlPath.startsWith("/assets/")) {
    headers["Cache-Control"] = IMMUTABLE;
  } else {
    headers["Cache-Control"] = REVALIDATE;
  }
  if (urlPath.endsWith(".html")) {
    const html = readHtml();
    headers["Content-Security-Policy"] = pagePolicy(inlineScriptHashes(html), inlineStyleHashes(html));
  } else if (urlPath.endsWith(".data")) {
    headers["Content-Type"] = DATA_CONTENT_TYPE;
  }
  return headers;
}

/** Headers for an answer that is not a file: 400, 405, 414, 431, 500. */
export function errorHeaders() {
  return { ...commonHeaders, "Cache-Control": NO_STORE, "Content-Type": "text/plain; charset=utf-8" };
}

/** Every file under `dir`, as URL paths ("/assets/x.js"), the way sirv keys them. */
export function listFiles(/** @type {string} */ dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => "/" + path.relative(dir, path.join(entry.parentPath, entry.name)).normalize().split(path.sep).join("/"))
    .sort();
}

/** Cloudflare Pages' limits for a `_headers` file. */
export const HOST_LIMITS = { rules: 100, lineLength: 2000 };

/**
 * The `_headers` file: the common headers for every path and immutable caching for hashed assets.
 * Each page carries its own script policy in a `<meta>` element (withPolicyMeta), so the file does
 * not grow with the tree. Pages get the host's own default caching, which revalidates (Netlify and
 * Cloudflare Pages both send `max-age=0, must-revalidate`). No header is set by two rules that can
 * match the same path, since hosts differ on whether the later rule replaces the earlier one
 * (Netlify) or both values are sent (Cloudflare Pages).
 * @returns {{ text: string, rules: number, longestLine: number }}
 */
export function renderHeadersFile() {
  /** @type {[string, Record<string, string>][]} */
  const rules = [
    ["/*", commonHeaders],
    ["/assets/*", { "Cache-Control": IMMUTABLE }],
  ];
  const lines = [
    "# Generated by scripts/headers.js after each build, from the rules `npm start` serves with. Do not edit.",
  ];
  for (const [pattern, headers] of rules) {
    lines.push(pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return {
    text: lines.join("\n") + "\n",
    rules: rules.length,
    longestLine: Math.max(...lines.map((line) => line.length)),
  };
}

/**
 * Makes `dir` ready for a static host: writes `_headers`, and `404.html` (the name Netlify and
 * Cloudflare Pages look for; without it Cloudflare Pages answers unknown URLs with the home page).
 */
export function writeHostFiles(/** @type {string} */ dir) {
  const notFound = path.join(dir, "404", "index.html");
  if (existsSync(notFound)) copyFileSync(notFound, path.join(dir, "404.html"));
  const { text, rules, longestLine } = renderHeadersFile();
  writeFileSync(path.join(dir, "_headers"), text);
  const warnings = [];
  if (rules > HOST_LIMITS.rules) warnings.push(`${rules} rules; Cloudflare Pages reads at most ${HOST_LIMITS.rules}`);
  if (longestLine > HOST_LIMITS.lineLength) {
    warnings.push(`a line of ${longestLine} characters; Cloudflare Pages reads at most ${HOST_LIMITS.lineLength}`);
  }
  return { rules, warnings };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, "..", "build", "client"));
  const { rules, warnings } = writeHostFiles(dir);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(dir, "_headers"))} (${rules} rules) and 404.html`);
  for (const warning of warnings) console.warn(`Warning: _headers has ${warning}.`);
}
