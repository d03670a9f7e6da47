// Part of the build (postbuild/index.js): writes build/client/sw.js, a Workbox service worker that precaches
// every step (its HTML and the .data file client-side navigation fetches) and the app's assets,
// so that after one visit the whole troubleshooter works offline.
import path from "node:path";
import { generateSW } from "workbox-build";

/** A prerendered page is fetched at its clean URL, not at .../index.html. @param {string} url */
function cleanUrl(url) {
  if (url === "index.html") return "/";
  if (url.endsWith("/index.html")) return `/${url.slice(0, -"/index.html".length)}`;
  return `/${url}`;
}

/** @param {string} dir */
export async function writeServiceWorker(dir) {
  return generateSW({
    globDirectory: dir,
    globPatterns: ["**/*.{html,data,js,css,svg,webmanifest}", "icons/*.png"],
    // Preview images are for chat apps; the fallbacks and header rules are for servers; and the
    // not-found page answers 404, which would make the whole precache fail. The figures page is made
    // by the server at each request: a stored copy would show none. The embed pages and their script
    // are for other sites' frames, which do not use this worker.
    globIgnores: ["embed/**", "embed.data", "embed.js", "og/**", "**/*.png.data", "**/*.xml.data", "**/*.txt.data", "**/*.json.data", "_redirects.data", "__spa-fallback.html", "404.html", "404/index.html", "sw.js", "_headers", "ping.txt", "stats/index.html", "stats.data"],
    swDest: path.join(dir, "sw.js"),
    manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: cleanUrl(e.url) })), warnings: [] })],
    dontCacheBustURLsMatching: /^\/assets\//,
    // A shared link may carry tracking parameters; offline it is still the same step.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
  });
}
