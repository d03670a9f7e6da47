// The production server: the prerendered build, answered from memory (sirv for ranges and large
// files), with the headers of headers.js, a real 404, and a short plain answer to every request it
// will not serve.
import { existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { lookup as mimeType } from "mrmime";
import sirv from "sirv";
import { errorHeaders, frameAncestors, headersForFile, isHidden, listFiles, NO_STORE, REVALIDATE } from "./headers.js";
import { createOutcomesApi, dayRange } from "./outcomes/api.js";
import { renderStats } from "./outcomes/stats-page.js";

export const buildDir = path.resolve(import.meta.dirname, "..", "build", "client");

/** The embed pages' prefix (src/lib/embed.ts). */
const EMBED_PREFIX = "/embed";

/** Longer request targets get 414, as nginx and Apache do at about the same length. */
export const MAX_URL_LENGTH = 8192;
export const ALLOWED_METHODS = "GET, HEAD";

/**
 * A file's copy in one encoding, kept in memory with every header it is sent with: answering from
 * memory, with headers worked out once at start, is what lets the server keep up with (and pass)
 * plain sirv, which opens and streams the file on each request.
 * @typedef {{ body: Buffer, etag: string, headers: Record<string, string | number> }} Variant
 * A file: our headers for it, and each encoding's copy (`null`: on disk, but too big to keep).
 * @typedef {{ headers: Record<string, string>, identity?: Variant | null, br?: Variant | null, gzip?: Variant | null }} Entry
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
 * @param {string} dir @param {string} file
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
 * The copy sirv would send for this Accept-Encoding (brotli, then gzip, then none), if it is in
 * memory; `undefined` leaves the answer to sirv.
 * @param {Entry} entry @param {string} accepts
 */
function variantFor(entry, accepts) {
  if (entry.br !== undefined && /(br|brotli)/i.test(accepts)) return entry.br ?? undefined;
  if (entry.gzip !== undefined && accepts.includes("gzip")) return entry.gzip ?? undefined;
  return entry.identity ?? undefined;
}

/**
 * A not-found page (`/404/index.html`, or the embed pages' own) in each encoding, with its headers.
 * @param {string} dir @param {string} file @param {string} embedAncestors
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
function loadSite(dir, embedAncestors) {
  const notFoundFile = path.join(dir, "404", "index.html");
  if (!existsSync(notFoundFile)) {
    throw new Error(`No build in ${dir} (its 404/index.html is missing). Run \`npm run build\` first.`);
  }
  /** @type {Map<string, Entry>} */
  const files = new Map();
  for (const file of listFiles(dir)) {
    if (isHidden(file)) continue;
    files.set(file, readEntry(dir, file, embedAncestors));
  }
  const notFound = readNotFound(dir, "/404/index.html", embedAncestors);
  // Under /embed/ an unknown step gets a not-found page that may be framed and links back into the frame.
  const embedNotFound = existsSync(path.join(dir, "embed", "404", "index.html"))
    ? readNotFound(dir, "/embed/404/index.html", embedAncestors)
    : notFound;
  const serveFile = sirv(dir, { etag: true, extensions: ["html"], brotli: true, gzip: true });
  const mapFile = path.join(dir, "_outcomes.json");
  /** @type {import("./outcomes/api.js").OutcomeMap | undefined} */
  const outcomeMap = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, "utf8")) : undefined;
  return { files, notFound, embedNotFound, serveFile, redirects: readRedirects(dir), outcomeMap };
}

/**
 * The build's `_redirects` (old URL, new URL, status per line: the Netlify format), as a map from
 * the old path to the new one. Missing or unreadable lines mean no redirect, never a crash.
 * @param {string} dir
 */
function readRedirects(dir) {
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


/** `_headers` is the last file a build writes: a new one means a complete new build. */
const BUILD_MARKER = "_headers";
const mtimeOf = (/** @type {string} */ file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * The file sirv will send for a decoded pathname, found in the same order sirv looks
 * (`/a`, `/a/index`, `/a.html`, `/a/index.html`), answered from memory or, with its headers set first,
 * by sirv (304s included).
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

/** A single `bytes=start-end` range sirv handles correctly; anything else is ignored (a 200 is always a valid answer). */
function isSimpleRange(/** @type {string} */ value) {
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(value);
  return match !== null && (match[2] === "" || Number(match[1]) <= Number(match[2]));
}

/** `..` as a path segment, after decoding (`/a/../b`, `/%2e%2e/`, `/..%2f`, `\..\`). */
const DOT_DOT_SEGMENT = /(^|[/\\])\.\.([/\\]|$)/;

const REASONS = /** @type {Record<number, string>} */ ({
  400: "Bad request",
  405: "Method not allowed: this site only answers GET and HEAD",
  408: "Request timeout",
  414: "URL too long",
  431: "Request headers too large",
  500: "Internal server error",
});

/**
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {number} status
 * @param {Record<string, string>} [extra]
 */
function refuse(req, res, status, extra = {}) {
  const body = `${status} ${REASONS[status] ?? http.STATUS_CODES[status]}\n`;
  res.writeHead(status, { ...errorHeaders(), ...extra, "Content-Length": Buffer.byteLength(body), Connection: "close" });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** The same answer written straight to a socket, for requests Node could not parse. */
function rawRefusal(/** @type {number} */ status, /** @type {boolean} */ isHead) {
  const body = isHead ? "" : `${status} ${REASONS[status] ?? http.STATUS_CODES[status]}\n`;
  const headers = { ...errorHeaders(), "Content-Length": String(Buffer.byteLength(body)), Connection: "close" };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${lines.join("")}\r\n${body}`;
}

/** The figures page's frame (prerendered by src/routes/stats.tsx): the section the server fills in. */
const STATS_SECTION = /(<section data-page="stats"[^>]*>)[\s\S]*?(<\/section>)/;

/**
 * @param {{ dir?: string, log?: (line: string) => void, watchMs?: number, outcomes?: { store: import("./outcomes/store.js").Store, rateLimit?: number }, embedOrigins?: string }} [options]
 * `watchMs`: how often to look for a new build in `dir` (0: never). `outcomes`: where answers are
 * counted (server/outcomes/); without it the site is served as a static host would. `embedOrigins`:
 * who may frame the embed pages, as EMBED_ORIGINS (headers.js frameAncestors; throws on a bad one).
 * @returns {http.Server & { shutdown: (timeoutMs?: number) => Promise<void> }}
 */
export function createServer({ dir = buildDir, log = (line) => console.error(line), watchMs = 1000, outcomes, embedOrigins } = {}) {
  dir = path.resolve(dir);
  const embedAncestors = frameAncestors(embedOrigins);
  let { files, notFound, embedNotFound, serveFile, redirects, outcomeMap } = loadSite(dir, embedAncestors);
  if (outcomes && !outcomeMap) log(`The build in ${dir} has no _outcomes.json: answers are not counted.`);
  const api = outcomes && createOutcomesApi({ store: outcomes.store, map: () => outcomeMap, rateLimit: outcomes.rateLimit, log });

  /** /stats: the frame page with the figures of the days asked for. @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {URLSearchParams} query */
  async function sendStats(req, res, query) {
    const frame = files.get("/stats/index.html")?.identity;
    const parsed = dayRange(query);
    if (!api || !frame || !outcomeMap) return false;
    const range = parsed.range ?? {};
    const [summary, days] = await Promise.all([api.summary(range), outcomes.store.days()]);
    let fragment = renderStats({ summary, labels: outcomeMap.labels ?? { steps: {}, devices: {}, symptoms: {} }, days });
    // A day that is not a day: say so under the heading, and show every day instead.
    if (parsed.error) fragment = fragment.replace("</h1>", `</h1><p role="alert" class="text-lg font-semibold text-brand-strong dark:text-rose-300">${parsed.error.replace(/"/g, "&quot;")} Showing every day instead.</p>`);
    const html = Buffer.from(frame.body.toString("utf8").replace(STATS_SECTION, (_, open, close) => open + fragment + close));
    const { ETag, "Last-Modified": _, ...headers } = frame.headers;
    res.writeHead(parsed.error ? 400 : 200, { ...headers, "Cache-Control": NO_STORE, "Content-Length": html.length });
    res.end(req.method === "HEAD" ? undefined : html);
    return true;
  }
  let closing = false;

  // A build made in place while serving: once it is complete, serve it with its own script hashes
  // (a page with the old hashes would have its scripts refused). Until then the old file list
  // stands, and files the build removed are lost: build elsewhere and point BUILD_DIR at it, or
  // restart, to avoid that window.
  let builtAt = mtimeOf(path.join(dir, BUILD_MARKER));
  const watcher =
    watchMs > 0
      ? setInterval(() => {
          const now = mtimeOf(path.join(dir, BUILD_MARKER));
          if (now === builtAt || now === 0) return;
          builtAt = now;
          try {
            ({ files, notFound, embedNotFound, serveFile, redirects, outcomeMap } = loadSite(dir, embedAncestors));
            log(`A new build appeared in ${path.relative(process.cwd(), dir) || "."}: serving it.`);
          } catch (error) {
            log(`A new build appeared but could not be read (${/** @type {Error} */ (error).message}); still serving the old one.`);
          }
        }, watchMs).unref()
      : undefined;

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  function sendNotFound(req, res) {
    const accepts = req.headers["accept-encoding"] ?? "";
    const url = req.url ?? "";
    const page = url === EMBED_PREFIX || url.startsWith(`${EMBED_PREFIX}/`) || url.startsWith(`${EMBED_PREFIX}?`) ? embedNotFound : notFound;
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

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  function handle(req, res) {
    if (closing) res.setHeader("Connection", "close");
    const url = req.url ?? "";
    if (url.length > MAX_URL_LENGTH) return refuse(req, res, 414);
    if (api && (url.startsWith("/api/") || url === "/stats" || url.startsWith("/stats?") || url.startsWith("/stats/"))) {
      const { pathname, searchParams } = new URL(url, "http://localhost");
      const answered = api.handle(req, res, pathname, searchParams);
      if (answered) return;
      if ((pathname === "/stats" || pathname === "/stats/") && (req.method === "GET" || req.method === "HEAD")) {
        sendStats(req, res, searchParams)
          .then((sent) => sent || sendNotFound(req, res))
          .catch((error) => {
            log(`Could not draw /stats: ${/** @type {Error} */ (error).message}`);
            if (!res.headersSent) refuse(req, res, 500);
          });
        return;
      }
    }
    if (req.method !== "GET" && req.method !== "HEAD") return refuse(req, res, 405, { Allow: ALLOWED_METHODS });

    const end = url.search(/[?#]/);
    const rawPath = end === -1 ? url : url.slice(0, end);
    if (!rawPath.startsWith("/")) return refuse(req, res, 400);
    let pathname = rawPath;
    if (rawPath.includes("%")) {
      try {
        if (DOT_DOT_SEGMENT.test(decodeURIComponent(rawPath))) return refuse(req, res, 400);
        pathname = decodeURI(rawPath); // what sirv looks up: %2F stays encoded
      } catch {
        return refuse(req, res, 400); // malformed percent-encoding
      }
    }
    if (DOT_DOT_SEGMENT.test(pathname) || pathname.includes("\0")) return refuse(req, res, 400);

    const moved = movedTo(redirects, pathname);
    if (moved) {
      const query = end === -1 ? "" : url.slice(end).replace(/#.*$/, "");
      res.writeHead(301, { ...errorHeaders(), "Cache-Control": "public, max-age=86400", Location: moved + query, "Content-Length": 0 });
      return res.end();
    }
    const entry = resolve(files, pathname);
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
    serveFile(req, res, () => sendNotFound(req, res));
  }

  const server = http.createServer({ headersTimeout: 20_000, requestTimeout: 30_000 }, (req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      log(`Could not answer ${req.method} ${String(req.url).slice(0, 200)}: ${/** @type {Error} */ (error).message}`);
      if (res.headersSent) res.destroy();
      else {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        refuse(req, res, 500);
      }
    }
  });

  // Requests Node cannot parse (bad syntax, headers over 16 kB, too slow): a plain answer with the
  // same headers, then the connection closes. The rest of that request may still arrive (a body, a
  // second packet) and fail to parse again: it is ignored, since cutting the socket then would throw
  // away the answer before the client has read it; a client that never hangs up is cut after 2 s.
  const refused = new WeakSet();
  server.on("clientError", (/** @type {NodeJS.ErrnoException & { rawPacket?: Buffer }} */ error, socket) => {
    if (refused.has(socket)) return;
    const inFlight = /** @type {{ _httpMessage?: http.ServerResponse }} */ (/** @type {unknown} */ (socket))._httpMessage;
    // Only a response cut in the middle leaves no room for an answer. On a kept-alive connection the
    // previous response can still be attached here after it has ended, when the client's next
    // request (the one that failed to parse) is already in: that one gets its answer.
    const midResponse = inFlight?.headersSent === true && !inFlight.writableEnded;
    if (error.code !== "ECONNRESET" && socket.writable && !midResponse) {
      let status = 400;
      if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") status = 408;
      else if (error.code === "HPE_HEADER_OVERFLOW") {
        // Still inside the request line when the limit was reached: the URL is what is too long.
        const firstLineEnd = error.rawPacket?.indexOf("\r\n") ?? -1;
        status = firstLineEnd === -1 || firstLineEnd > MAX_URL_LENGTH ? 414 : 431;
      }
      refused.add(socket);
      socket.end(rawRefusal(status, error.rawPacket?.subarray(0, 5).toString("latin1") === "HEAD "));
      setTimeout(() => socket.destroy(), 2_000).unref();
    } else {
      socket.destroy();
    }
  });

  /**
   * Stops taking connections, lets requests in flight finish, then resolves; connections still
   * busy after `timeoutMs` are cut.
   */
  function shutdown(timeoutMs = 10_000) {
    closing = true;
    return new Promise((done) => {
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
      server.close(() => {
        clearInterval(idle);
        clearTimeout(force);
        done();
      });
      server.closeIdleConnections();
    });
  }

  server.on("close", () => clearInterval(watcher));
  return Object.assign(server, { shutdown });
}
