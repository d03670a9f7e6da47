// Requests the site will not serve, and the short plain answer each gets: a URL too long, a method
// other than GET and HEAD, a path that is not one or climbs out of the build, and requests Node
// itself cannot parse. Each answer has the common headers, is never cached, and closes the connection.
import http from "node:http";
import { errorHeaders } from "../lib/headers.js";

/** Longer request targets get 414, as nginx and Apache do at about the same length. */
export const MAX_URL_LENGTH = 8192;
export const ALLOWED_METHODS = "GET, HEAD";

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
export function refuse(req, res, status, extra = {}) {
  const body = `${status} ${REASONS[status] ?? http.STATUS_CODES[status]}\n`;
  res.writeHead(status, { ...errorHeaders(), ...extra, "Content-Length": Buffer.byteLength(body), Connection: "close" });
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * The path a request target names, decoded as sirv will look it up, and its query (without the
 * fragment); undefined when it is no path to serve (a 400).
 * @param {string} url the request target
 * @returns {{ pathname: string, query: string } | undefined}
 */
export function readPath(url) {
  const end = url.search(/[?#]/);
  const rawPath = end === -1 ? url : url.slice(0, end);
  if (!rawPath.startsWith("/")) return undefined;
  let pathname = rawPath;
  if (rawPath.includes("%")) {
    try {
      if (DOT_DOT_SEGMENT.test(decodeURIComponent(rawPath))) return undefined;
      pathname = decodeURI(rawPath); // what sirv looks up: %2F stays encoded
    } catch {
      return undefined; // malformed percent-encoding
    }
  }
  if (DOT_DOT_SEGMENT.test(pathname) || pathname.includes("\0")) return undefined;
  return { pathname, query: end === -1 ? "" : url.slice(end).replace(/#.*$/, "") };
}

/** The same answer as refuse, written straight to a socket, for requests Node could not parse. */
function rawRefusal(/** @type {number} */ status, /** @type {boolean} */ isHead) {
  const body = isHead ? "" : `${status} ${REASONS[status] ?? http.STATUS_CODES[status]}\n`;
  const headers = { ...errorHeaders(), "Content-Length": String(Buffer.byteLength(body)), Connection: "close" };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${lines.join("")}\r\n${body}`;
}

/**
 * Requests Node cannot parse (bad syntax, headers over 16 kB, too slow): a plain answer with the
 * same headers, then the connection closes. The rest of that request may still arrive (a body, a
 * second packet) and fail to parse again: it is ignored, since cutting the socket then would throw
 * away the answer before the client has read it; a client that never hangs up is cut after 2 s.
 * @param {http.Server} server
 */
export function refuseUnparsed(server) {
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
}
