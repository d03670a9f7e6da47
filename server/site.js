// What the server serves, read once from a build folder: every file in memory with the headers it
// is sent with, the not-found pages, the renamed steps, the outcome map and the /stats frame with
// its renderer. Answering from memory,
// with headers worked out once at start, is what lets the server keep up with (and pass) plain
// sirv, which opens and streams the file on each request (docs/decisions/015-server-from-memory.md).
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { lookup as mimeType } from "mrmime";
import sirv from "sirv";
import { listFiles } from "../lib/files.js";
import { headersForFile, isHidden, REVALIDATE } from "../lib/headers.js";
import { readRedirects } from "./redirects.js";
import { readStats } from "./stats-build.js";

/**
 * A file's copy in one encoding, with every header it is sent with.
 * @typedef {{ body: Buffer, etag: string, headers: Record<string, string | number> }} Variant
 * A file: our headers for it, and each encoding's copy (`null`: on disk, but too big to keep).
 * @typedef {{ headers: Record<string, string>, identity?: Variant | null, br?: Variant | null, gzip?: Variant | null }} Entry
 * A not-found page: its headers, and its body in each encoding the build has.
 * @typedef {{ headers: Record<string, string>, bodies: { identity: Buffer, br?: Buffer, gzip?: Buffer } }} NotFoundPage
 * @typedef {ReturnType<typeof loadSite>} Site
 */

/** Files up to this size are answered from memory (the whole build is a few MB); larger ones, and
 * every range request, are left to sirv. */
const IN_MEMORY_MAX = 512 * 1024;

/**
 * The copy of `file` sirv would send in one encoding, with the headers sirv sets (type, length,
 * Last-Modified, a weak ETag of size and time); ours go on top once they are known.
 * @param {string} dir @param {string} file @param {"" | ".br" | ".gz"} suffix
 * @returns {Variant | null | undefined}
 */
function readVariant(dir, file, suffix) {
  const absolute = path.join(dir, file + suffix);
  if (!existsSync(absolute)) return undefined;
  const stats = statSync(absolute);
  if (stats.size > IN_MEMORY_MAX) return null;
  const type = mimeType(file) ?? "";
  const etag = `W/"${stats.size}-${stats.mtime.getTime()}"`;
  /** @type {Record<string, string | number>} */
  const headers = {
    "Content-Length": stats.size,
    "Content-Type": type === "text/html" ? `${type};charset=utf-8` : type,
    "Last-Modified": stats.mtime.toUTCString(),
    ETag: etag,
  };
  if (suffix) headers["Content-Encoding"] = suffix === ".br" ? "br" : "gzip";
  return { body: readFileSync(absolute), etag, headers };
}

/**
 * A file of the build: each copy read once, our headers worked out from it (a page's policy hashes
 * its inline scripts) and laid over sirv's, as sirv does with headers set before it answers.
 * @param {string} dir @param {string} file @param {string} embedAncestors
 * @returns {Entry}
 */
function readEntry(dir, file, embedAncestors) {
  const identity = readVariant(dir, file, "");
  const br = readVariant(dir, file, ".br");
  const gzip = readVariant(dir, file, ".gz");
  const headers = headersForFile(file, () => identity?.body.toString("utf8") ?? readFileSync(path.join(dir, file), "utf8"), { embedAncestors });
  for (const variant of [identity, br, gzip]) if (variant) Object.assign(variant.headers, headers);
  return { headers, identity, br, gzip };
}

/**
 * A not-found page (`/404/index.html`, or the embed pages' own) in each encoding, with its headers.
 * @param {string} dir @param {string} file @param {string} embedAncestors
 * @returns {NotFoundPage}
 */
function readNotFound(dir, file, embedAncestors) {
  const absolute = path.join(dir, file);
  const html = readFileSync(absolute);
  const twin = (/** @type {string} */ ext) => (existsSync(`${absolute}.${ext}`) ? readFileSync(`${absolute}.${ext}`) : undefined);
  return {
    headers: {
      ...headersForFile(file, () => html.toString("utf8"), { embedAncestors }),
      "Cache-Control": REVALIDATE,
      "Content-Type": "text/html; charset=utf-8",
    },
    bodies: { identity: html, br: twin("br"), gzip: twin("gz") },
  };
}

/**
 * Reads what to serve from `dir`: each file's headers (the CSP of a page hashes that page's inline
 * scripts), the not-found pages in each encoding, and sirv's own list of files.
 * @param {string} dir @param {string} embedAncestors who may frame the embed pages
 */
export function loadSite(dir, embedAncestors) {
  const notFoundFile = path.join(dir, "404", "index.html");
  if (!existsSync(notFoundFile)) {
    throw new Error(`No build in ${dir} (its 404/index.html is missing). Run \`npm run build\` first.`);
  }
  /** @type {Map<string, Entry>} */
  const files = new Map();
  const all = listFiles(dir);
  for (const file of all) {
    if (isHidden(file)) continue;
    files.set(file, readEntry(dir, file, embedAncestors));
  }
  const notFound = readNotFound(dir, "/404/index.html", embedAncestors);
  // Every part of the site with its own not-found page (/embed, /es, /embed/es: one that may be
  // framed and links back into the frame, one in Spanish), longest prefix first.
  const notFoundUnder = all
    .map((file) => /^(\/.+)\/404\/index\.html$/.exec(file)?.[1])
    .filter((prefix) => prefix !== undefined)
    .sort((a, b) => b.length - a.length)
    .map((prefix) => ({ prefix, page: readNotFound(dir, `${prefix}/404/index.html`, embedAncestors) }));
  const serveFile = sirv(dir, { etag: true, extensions: ["html"], brotli: true, gzip: true });
  const mapFile = path.join(dir, "_outcomes.json");
  /** @type {import("./outcomes/api.js").OutcomeMap | undefined} */
  const outcomeMap = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, "utf8")) : undefined;
  return { files, notFound, notFoundUnder, serveFile, redirects: readRedirects(dir), outcomeMap, stats: readStats(dir) };
}
