// `npm start`: builds first if the sources are newer than the build, then serves it on HOST:PORT.
// BUILD_DIR serves another folder as it is (a build made elsewhere), without the build check.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { embeddedDir, openStore } from "./outcomes/store.js";
import { frameAncestors } from "../lib/headers.js";
import { buildDir, createServer } from "./server.js";

const root = path.resolve(import.meta.dirname, "..");
// The files outside src/ that the build uses: lib/ for its own steps, stats-build.js and the
// summary's shape for the /stats renderer, level.js for the rule /how-we-count states.
const sources = ["src", "content", "public", "postbuild", "lib/headers.js", "lib/files.js", "server/stats-build.js", "server/outcomes/summary.js", "server/outcomes/level.js", "package.json", "vite.config.ts", "react-router.config.ts"];

const rawPort = process.env.PORT ?? "3000";
const port = Number(rawPort);
const host = process.env.HOST || "0.0.0.0";
if (!/^\d+$/.test(rawPort) || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535, not "${rawPort}".`);
  process.exit(1);
}

/** Newest modification time among the files a build is made from (tests and this server aside). */
function newestSource() {
  let newest = 0;
  const visit = (/** @type {string} */ file) => {
    const stat = statSync(file);
    if (stat.isDirectory()) readdirSync(file).forEach((name) => visit(path.join(file, name)));
    else if (!/\.test\.ts$/.test(file)) newest = Math.max(newest, stat.mtimeMs);
  };
  sources.map((s) => path.join(root, s)).filter(existsSync).forEach(visit);
  return newest;
}

const dir = process.env.BUILD_DIR ? path.resolve(process.env.BUILD_DIR) : buildDir;
if (!process.env.BUILD_DIR) {
  // _headers is the last file a build writes: a build that stopped half-way has none.
  const marker = path.join(buildDir, "_headers");
  const builtAt = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  if (builtAt < newestSource()) {
    console.log(builtAt ? "The sources changed since the last build: building again…" : "No build yet: building first…");
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

// Who may show the guide in a frame (the /embed pages): EMBED_ORIGINS, any https site by default.
const embedOrigins = process.env.EMBED_ORIGINS || undefined;
try {
  frameAncestors(embedOrigins);
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(1);
}

// Answers are counted in PostgreSQL at DATABASE_URL, or else in an embedded database in DATA_DIR
// (./data by default, made on first start). OUTCOMES=off serves the site without counting.
const rawLimit = process.env.OUTCOMES_RATE_LIMIT ?? "60";
if (!/^\d+$/.test(rawLimit)) {
  console.error(`OUTCOMES_RATE_LIMIT must be a whole number of answers per address per minute (0: no limit), not "${rawLimit}".`);
  process.exit(1);
}
/** @type {import("./outcomes/store.js").Store | undefined} */
let store;
if (process.env.OUTCOMES !== "off") {
  const dataDir = embeddedDir(process.env.DATA_DIR || path.join(root, "data"));
  try {
    store = await openStore({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir });
  } catch (error) {
    const where = process.env.DATABASE_URL ? "the PostgreSQL at DATABASE_URL" : `the embedded database in ${dataDir}`;
    console.error(`Could not open ${where}: ${/** @type {Error} */ (error).message}`);
    process.exit(1);
  }
  if (store.migrations.length > 0) console.log(`Outcomes database (${store.kind}): applied ${store.migrations.join(", ")}`);
}

let server;
try {
  server = createServer({ dir, embedOrigins, outcomes: store && { store, rateLimit: Number(rawLimit) } });
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  await store?.close();
  process.exit(1);
}

server.on("error", (/** @type {NodeJS.ErrnoException} */ error) => {
  if (error.code === "EADDRINUSE") {
    console.error(`Port ${port} is already in use. Stop the other server or pick another port: PORT=3001 npm start`);
  } else if (error.code === "EACCES") {
    console.error(`Not allowed to listen on port ${port}. Pick a port above 1023: PORT=3000 npm start`);
  } else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") {
    console.error(`HOST ${host} is not an address of this machine. Use 0.0.0.0 for all, or 127.0.0.1.`);
  } else {
    console.error(`Could not start the server: ${error.message}`);
  }
  process.exit(1);
});

server.listen(port, host, () => {
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const served = path.relative(process.cwd(), dir) || ".";
  console.log(`Likes troubleshooter is running at http://${shown}:${address.port}/ (serving ${served}; Ctrl+C stops it)`);
});

let stopping = false;
for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the requests in flight, then stopping…`);
    server.shutdown(10_000).then(async () => {
      await store?.close();
      console.log("Stopped.");
      process.exit(0);
    });
  });
}
