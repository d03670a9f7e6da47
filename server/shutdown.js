// Stopping without cutting anyone off (SIGTERM in start.js): no new connections, the requests in
// flight finish, and each answer from then on tells its client to close the connection.
/** @import { Server } from "node:http" */

/**
 * @param {Server} server
 * @returns {(timeoutMs?: number) => Promise<void>} stops taking connections, lets requests in
 * flight finish, then resolves; connections still busy after `timeoutMs` are cut
 */
export function gracefulShutdown(server) {
  let closing = false;
  // First among the request listeners, so the header is set before the site answers.
  server.prependListener("request", (_req, res) => {
    if (closing) res.setHeader("Connection", "close");
  });
  return function shutdown(timeoutMs = 10_000) {
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
  };
}
