// The build's files as URL paths: what the server serves (server/site.js) and what the build's last
// steps rewrite (postbuild/).
import { readdirSync } from "node:fs";
import path from "node:path";

/** Every file under `dir`, as URL paths ("/assets/x.js"), the way sirv keys them. */
export function listFiles(/** @type {string} */ dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => "/" + path.relative(dir, path.join(entry.parentPath, entry.name)).normalize().split(path.sep).join("/"))
    .sort();
}

/**
 * The endings of the `.data` files React Router writes beside each prerendered resource route (the
 * preview images, the sitemap, robots.txt, a JSON file). No page asks for them, so the build neither
 * compresses them (postbuild/precompress.js) nor precaches them (postbuild/service-worker.js).
 */
export const UNFETCHED_DATA = ["png", "xml", "txt", "json"].map((type) => `.${type}.data`);
