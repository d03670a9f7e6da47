// `npm run bench:load`: autocannon on loopback against a step page and a hashed asset, served by
// `npm start` (every header on) and, in the same run, by plain sirv-cli on the same folder.
// Prints requests/s, p50/p99 latency and errors; exits 1 if any request failed.
// BENCH_SECONDS (default 10) sets each run's length, BENCH_CONNECTIONS (default 10) the load.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, "build", "client");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const host = "127.0.0.1";
const stepPath = "/unliking/android/cache";
/** What a browser sends; both servers then answer with the same precompressed brotli bytes. */
const requestHeaders = { "accept-encoding": "gzip, deflate, br" };

if (!existsSync(path.join(dir, "_headers"))) {
  console.log("No build yet: building first…");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The entry script: the biggest hashed asset a first visit downloads. */
const entry = readdirSync(path.join(dir, "assets")).find((name) => /^entry\.client-[\w-]+\.js$/.test(name));
if (!entry) throw new Error(`No entry.client-*.js in ${path.join(dir, "assets")}`);
const assetPath = `/assets/${entry}`;

function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, host, () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** @type {import("node:child_process").ChildProcess[]} */
const children = [];
const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill("SIGTERM"));
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

/** Starts `node <args>` and resolves once something listens on `port`. */
async function launch(/** @type {string[]} */ args, /** @type {number} */ port, /** @type {Record<string, string>} */ env = {}) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
  for (let tries = 0; tries < 100; tries++) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, host, () => resolve(socket.end() && true)).on("error", () => resolve(false));
    });
    if (open) return;
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${args.join(" ")} did not listen on ${port}`);
}

const [oursPort, sirvPort] = [await freePort(), await freePort()];
await launch(["server/start.js"], oursPort, { PORT: String(oursPort), HOST: host, BUILD_DIR: dir });
await launch(
  ["node_modules/sirv-cli/bin.js", path.relative(root, dir), "--etag", "--quiet", "--host", host, "--port", String(sirvPort)],
  sirvPort,
);
const servers = [
  { name: "npm start (all headers)", port: oursPort },
  { name: "plain sirv-cli", port: sirvPort },
];

// Both must answer 200 with the same brotli bytes, or the comparison means nothing.
for (const { name, port } of servers) {
  for (const target of [stepPath, assetPath]) {
    const response = await fetch(`http://${host}:${port}${target}`, { headers: requestHeaders });
    await response.arrayBuffer();
    if (response.status !== 200 || response.headers.get("content-encoding") !== "br") {
      throw new Error(`${name} answered ${target} with ${response.status} ${response.headers.get("content-encoding") ?? "uncompressed"}`);
    }
  }
}

/** @param {number} port @param {string} target @param {number} duration */
function run(port, target, duration) {
  return autocannon({ url: `http://${host}:${port}${target}`, connections, duration, headers: requestHeaders });
}

console.log(
  `Load: ${connections} connections, ${seconds} s per server and target (two alternating halves, so drift in the` +
    ` machine's load hits both alike), on ${host}; each server is one process.\n`,
);
const rows = [];
let failed = false;
for (const [label, target] of [["step page", stepPath], ["asset", assetPath]]) {
  process.stdout.write(`  ${label} ${target}…\n`);
  for (const { port } of servers) await run(port, target, 1); // warm-up
  /** @type {Map<string, import("autocannon").Result[]>} */
  const rounds = new Map(servers.map(({ name }) => [name, []]));
  for (const order of [servers, [...servers].reverse()]) {
    for (const { name, port } of order) rounds.get(name)?.push(await run(port, target, seconds / 2));
  }
  const summary = [...rounds].map(([name, results]) => ({
    name,
    perSecond: results.reduce((sum, r) => sum + r.requests.total, 0) / seconds,
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
  }));
  const baseline = summary[1]?.perSecond ?? 0;
  for (const { name, perSecond, p50, p99, errors } of summary) {
    if (errors > 0) failed = true;
    rows.push({
      target: `${label} ${target.length > 28 ? target.slice(0, 27) + "…" : target}`,
      server: name,
      "req/s": Math.round(perSecond),
      "p50 ms": p50,
      "p99 ms": p99,
      errors,
      "vs sirv": `${Math.round((perSecond / baseline) * 100)}%`,
    });
  }
}

const columns = /** @type {(keyof typeof rows[number])[]} */ (Object.keys(rows[0] ?? {}));
const width = (/** @type {string} */ column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length));
const line = (/** @type {(column: string) => string} */ cell) => "| " + columns.map((c) => cell(c).padEnd(width(c))).join(" | ") + " |";
console.log("\n" + line((c) => c));
console.log("| " + columns.map((c) => "-".repeat(width(c))).join(" | ") + " |");
for (const row of rows) console.log(line((c) => String(row[/** @type {keyof typeof row} */ (c)])));

const ours = rows.filter((row) => row.server === servers[0]?.name);
const slowest = Math.min(...ours.map((row) => Number.parseInt(row["vs sirv"], 10)));
console.log(
  `\nTargets: zero errors (${failed ? "MISSED" : "met"}); at least 80% of plain sirv's requests/s (${slowest >= 80 ? "met" : "MISSED"}: ${slowest}% at worst).`,
);
stopAll();
process.exit(failed ? 1 : 0);
