// Ports for the servers the tests and the benchmarks start: the unit tests' PostgreSQL
// (postgres.js), the browser tests' second build (e2e/step-data.spec.ts), the benchmarks' servers.
import net from "node:net";

export const HOST = "127.0.0.1";

/** A port nothing listens on now (the OS's choice). @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, HOST, () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** Whether `port` can be listened on. @returns {Promise<boolean>} */
export function portFree(/** @type {number} */ port) {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}
