// Part of the build (postbuild/index.js): writes one Workbox service worker per language of the guide
// (build/client/sw.js for English, sw-es.js for Spanish), each precaching every step in its language
// (its HTML and the .data file client-side navigation fetches) and the app's assets, so that after
// one visit the whole troubleshooter works offline. One per language: a reader reads one, and both
// together would be twice the download (14.8 MB instead of 7.3).
import path from "node:path";
import { generateSW } from "workbox-build";
import { UNFETCHED_DATA } from "../lib/files.js";

/** A prerendered page is fetched at its clean URL, not at .../index.html. @param {string} url */
function cleanUrl(url) {
  if (url === "index.html") return "/";
  if (url.endsWith("/index.html")) return `/${url.slice(0, -"/index.html".length)}`;
  return `/${url}`;
}

/**
 * The languages other than English, each in its folder ("es" is /es and /es/…): the list in
 * src/content/languages.ts, which this plain-JavaScript step cannot import at run time
 * (postbuild/service-worker.test.ts holds the two together).
 */
export const OTHER_LANGUAGES = ["es"];

/**
 * The worker for one language: "en" (sw.js) leaves out the other languages' pages, another
 * language (sw-<lang>.js) keeps only its own pages, the assets and the icons.
 * @param {string} dir @param {string} lang
 */
export async function writeServiceWorker(dir, lang) {
  const pages = lang === "en" ? ["**/*.{html,data}"] : [`${lang}/**/*.{html,data}`, `${lang}.data`];
  const otherPages = OTHER_LANGUAGES.filter((other) => other !== lang).flatMap((other) => [`${other}/**`, `${other}.data`]);
  return generateSW({
    globDirectory: dir,
    globPatterns: [...pages, "**/*.{js,css,svg,webmanifest}", "icons/*.png"],
    // Preview images are for chat apps; the fallbacks and header rules are for servers; and the
    // not-found page answers 404, which would make the whole precache fail. The figures page is made
    // by the server at each request: a stored copy would show none. The embed pages and their script
    // are for other sites' frames, which do not use this worker.
    globIgnores: [
      ...otherPages,
      ...["embed/**", "embed.data", "embed.js", "og/**", ...UNFETCHED_DATA.map((ending) => `**/*${ending}`), "_redirects.data"],
      ...["__spa-fallback.html", "404.html", "**/404/index.html", "sw.js", "sw-*.js", "_headers", "ping.txt", "stats/index.html", "stats.data"],
    ],
    swDest: path.join(dir, workerFile(lang)),
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

/** Where a language's worker is: /sw.js for English, /sw-es.js for Spanish (src/components/use-service-worker.ts). @param {string} lang */
export const workerFile = (lang) => (lang === "en" ? "sw.js" : `sw-${lang}.js`);

/** Every language's worker. @param {string} dir */
export async function writeServiceWorkers(dir) {
  const written = [];
  for (const lang of ["en", ...OTHER_LANGUAGES]) written.push({ lang, file: workerFile(lang), ...(await writeServiceWorker(dir, lang)) });
  return written;
}
