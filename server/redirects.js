// Steps that were renamed: the build's `_redirects` (postbuild/host-files.js writes it for static
// hosts too) sends their old URLs, and their embed pages and `.data`, to the new ones for good.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
/** @import { ServerResponse } from "node:http" */
import { errorHeaders } from "../lib/headers.js";
import { EMBED_PREFIX } from "./static-files.js";

/**
 * The build's `_redirects` (old URL, new URL, status per line: the Netlify format), as a map from
 * the old path to the new one. Missing or unreadable lines mean no redirect, never a crash.
 * @param {string} dir
 */
export function readRedirects(dir) {
  /** @type {Map<string, string>} */
  const redirects = new Map();
  const file = path.join(dir, "_redirects");
  if (!existsSync(file)) return redirects;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (from?.startsWith("/") && to?.startsWith("/") && status === "301") redirects.set(from, to);
  }
  return redirects;
}

/**
 * Where an old URL moved to: the page itself, with or without a trailing slash, or its `.data`; an
 * old step's embed page moves to the new step's embed page.
 * @param {Map<string, string>} redirects @param {string} pathname
 */
function movedTo(redirects, pathname) {
  const data = pathname.endsWith(".data");
  let page = (data ? pathname.slice(0, -".data".length) : pathname).replace(/(.)\/$/, "$1");
  const embed = page.startsWith(`${EMBED_PREFIX}/`);
  if (embed) page = page.slice(EMBED_PREFIX.length);
  let to = redirects.get(page);
  if (to && embed) to = EMBED_PREFIX + to;
  return to && (data ? `${to}.data` : to);
}

/**
 * Sends a 301 if the path moved, keeping the query; false if it did not.
 * @param {ServerResponse} res @param {Map<string, string>} redirects
 * @param {{ pathname: string, query: string }} target the decoded path and the raw query (hygiene.js readPath)
 */
export function redirect(res, redirects, { pathname, query }) {
  const moved = movedTo(redirects, pathname);
  if (!moved) return false;
  res.writeHead(301, { ...errorHeaders(), "Cache-Control": "public, max-age=86400", Location: moved + query, "Content-Length": 0 });
  res.end();
  return true;
}
