// `npm start`: builds once if there is no build yet, then serves it on HOST:PORT.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildDir, createServer } from "./server.js";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const root = path.resolve(import.meta.dirname, "..");
const sources = ["src", "content", "public", "package.json", "vite.config.ts", "react-router.config.ts"];

/** Newest modification time among the files a build is made from. */
function newestSource() {
  let newest = 0;
  const visit = (/** @type {string} */ file) => {
    const stat = statSync(file);
    if (stat.isDirectory()) readdirSync(file).forEach((name) => visit(path.join(file, name)));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  sources.map((s) => path.join(root, s)).filter(existsSync).forEach(visit);
  return newest;
}

const builtAt = existsSync(path.join(buildDir, "index.html")) ? statSync(path.join(buildDir, "index.html")).mtimeMs : 0;
if (builtAt < newestSource()) {
  console.log(builtAt ? "The sources changed since the last build: building again…" : "No build yet: building first…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = createServer();
server.on("error", (error) => {
  if (/** @type {NodeJS.ErrnoException} */ (error).code === "EADDRINUSE") {
    console.error(`Port ${port} is already in use. Stop the other server or pick another port: PORT=3001 npm start`);
  } else {
    console.error(`Could not start the server: ${error.message}`);
  }
  process.exit(1);
});
server.listen(port, host, () => {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  console.log(`Likes troubleshooter is running at http://${shown}:${port}/`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    // Finish what is in flight, then exit; a stuck client does not hold the process forever.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
