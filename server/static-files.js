// Answering from the build: a file from memory when it can (every encoding, 304s as sirv would),
// else sirv with our headers set first (ranges, files too big to keep), else the not-found page
// with a real 404.
/** @import { IncomingMessage, ServerResponse } from "node:http" */
/** @import { Entry, Site } from "./site.js" */

/** The embed pages' prefix (src/lib/embed.ts): they have their own not-found page. */
export const EMBED_PREFIX = "/embed";

/**
 * The file sirv will send for a decoded pathname, found in the same order sirv looks
 * (`/a`, `/a/index`, `/a.html`, `/a/index.html`).
 * @param {Map<string, Entry>} files @param {string} pathname
 */
function resolve(files, pathname) {
  const uri = pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  for (const candidate of uri ? [uri, `${uri}/index`, `${uri}.html`, `${uri}/index.html`] : ["/index", "/index.html"]) {
    const headers = files.get(candidate);
    if (headers) return headers;
  }
  return undefined;
}

/**
 * The copy sirv would send for this Accept-Encoding (brotli, then gzip, then none), if it is in
 * memory; `undefined` leaves the answer to sirv.
 * @param {Entry} entry @param {string} accepts
 */
function variantFor(entry, accepts) {
  if (entry.br !== undefined && /(br|brotli)/i.test(accepts)) return entry.br ?? undefined;
  if (entry.gzip !== undefined && accepts.includes("gzip")) return entry.gzip ?? undefined;
  return entry.identity ?? undefined;
}

/** A single `bytes=start-end` range sirv handles correctly; anything else is ignored (a 200 is always a valid answer). */
function isSimpleRange(/** @type {string} */ value) {
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(value);
  return match !== null && (match[2] === "" || Number(match[1]) <= Number(match[2]));
}

/**
 * @param {() => Site} current the build being served, asked at each use: a new build replaces it
 * (reload.js) while requests are in flight
 */
export function staticFiles(current) {
  /** @param {IncomingMessage} req @param {ServerResponse} res */
  function sendNotFound(req, res) {
    const { notFound, notFoundUnder } = current();
    const accepts = req.headers["accept-encoding"] ?? "";
    const url = req.url ?? "";
    const under = (/** @type {string} */ prefix) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`);
    const page = notFoundUnder.find(({ prefix }) => under(prefix))?.page ?? notFound;
    const { br, gzip, identity } = page.bodies;
    const [body, encoding] =
      br && /\bbr\b/i.test(accepts) ? [br, "br"] : gzip && /\bgzip\b/i.test(accepts) ? [gzip, "gzip"] : [identity];
    res.writeHead(404, {
      ...page.headers,
      "Content-Length": body.length,
      ...(encoding ? { "Content-Encoding": encoding } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** @param {IncomingMessage} req @param {ServerResponse} res @param {string} pathname decoded (hygiene.js readPath) */
  function send(req, res, pathname) {
    const entry = resolve(current().files, pathname);
    if (!entry) return sendNotFound(req, res);
    const range = req.headers.range;
    const variant = range === undefined ? variantFor(entry, req.headers["accept-encoding"] ?? "") : undefined;
    if (variant) {
      // As sirv answers: a matching ETag gets a 304 with our headers and no body.
      if (req.headers["if-none-match"] === variant.etag) {
        res.writeHead(304, entry.headers);
        return res.end();
      }
      res.writeHead(200, variant.headers);
      return res.end(req.method === "HEAD" ? undefined : variant.body);
    }
    for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
    if (range !== undefined && !isSimpleRange(range)) delete req.headers.range;
    // A file that vanished since start-up (a rebuild in place) ends this response, not the process.
    res.once("pipe", (source) => source.once("error", () => res.destroy()));
    current().serveFile(req, res, () => sendNotFound(req, res));
  }

  return { send, sendNotFound };
}
