// `npm run bench:load`: autocannon on loopback against a step page and a hashed asset, served by
// `npm start` (every header on) and, in the same run, by plain sirv-cli on the same folder.
// Prints requests/s, p50/p99 latency and errors; exits 1 if any request failed.
// BENCH_SECONDS (default 10) sets each run's length, BENCH_CONNECTIONS (default 10) the load,
// BENCH_WORKERS (default 2) the threads autocannon sends it from. With one thread, autocannon was
// what ran out first: on the 57 KB entry script it used a whole core (top: 106 %) while our server
// used 13–57 %, so both servers measured the same (autocannon's) limit, 750–820 requests/s. With
// two threads on the same two-core machine: ours 1320–1330, sirv 1135–1137.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { freePort, HOST } from "../lib/testing/ports.js";
import { envNumber, markdownTable, root, runBench, startApp, startNode } from "./processes.js";

const dir = path.join(root, "build", "client");
const seconds = envNumber("BENCH_SECONDS", 10, 1);
const connections = envNumber("BENCH_CONNECTIONS", 10, 1);
const workers = envNumber("BENCH_WORKERS", 2, 1);
const stepPath = "/unliking/android/cache";
/** What a browser sends; both servers then answer with the same precompressed brotli bytes. */
const requestHeaders = { "accept-encoding": "gzip, deflate, br" };

/** @param {number} port @param {string} target @param {number} duration @returns {Promise<import("autocannon").Result>} */
function run(port, target, duration) {
  return autocannon({ url: `http://${HOST}:${port}${target}`, connections, duration, headers: requestHeaders, ...(workers > 1 && { workers }) });
}

async function main() {
  if (!existsSync(path.join(dir, "_headers"))) {
    console.log("No build yet: building first…");
    const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) return build.status ?? 1;
  }
  /** The entry script: the biggest hashed asset a first visit downloads. */
  const entry = readdirSync(path.join(dir, "assets")).find((name) => /^entry\.client-[\w-]+\.js$/.test(name));
  if (!entry) throw new Error(`No entry.client-*.js in ${path.join(dir, "assets")}`);
  const assetPath = `/assets/${entry}`;

  const [oursPort, sirvPort] = [await freePort(), await freePort()];
  await startApp(dir, oursPort);
  const sirvArgs = [path.relative(root, dir), "--etag", "--quiet", "--host", HOST, "--port", String(sirvPort)];
  await startNode(["node_modules/sirv-cli/bin.js", ...sirvArgs], sirvPort);
  const servers = [
    { name: "npm start (all headers)", port: oursPort },
    { name: "plain sirv-cli", port: sirvPort },
  ];

  // Both must answer 200 with the same brotli bytes, or the comparison means nothing.
  for (const { name, port } of servers) {
    for (const target of [stepPath, assetPath]) {
      const response = await fetch(`http://${HOST}:${port}${target}`, { headers: requestHeaders });
      await response.arrayBuffer();
      if (response.status !== 200 || response.headers.get("content-encoding") !== "br") {
        throw new Error(`${name} answered ${target} with ${response.status} ${response.headers.get("content-encoding") ?? "uncompressed"}`);
      }
    }
  }

  console.log(
    `Load: ${connections} connections from ${workers} thread${workers > 1 ? "s" : ""}, ${seconds} s per server and target (two alternating halves, so drift in the` +
      ` machine's load hits both alike), on ${HOST}; each server is one process.\n`,
  );
  /** @type {string[][]} */
  const rows = [];
  /** @type {number[]} our requests/s as a share of sirv's, per target */
  const ratios = [];
  let failed = false;
  for (const [label, target] of /** @type {const} */ ([["step page", stepPath], ["asset", assetPath]])) {
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
    ratios.push((summary[0]?.perSecond ?? 0) / baseline);
    for (const { name, perSecond, p50, p99, errors } of summary) {
      if (errors > 0) failed = true;
      const shown = target.length > 28 ? target.slice(0, 27) + "…" : target;
      rows.push([`${label} ${shown}`, name, String(Math.round(perSecond)), String(p50), String(p99), String(errors), `${Math.round((perSecond / baseline) * 100)}%`]);
    }
  }
  console.log("\n" + markdownTable(["target", "server", "req/s", "p50 ms", "p99 ms", "errors", "vs sirv"], rows));
  const slowest = Math.round(Math.min(...ratios) * 100);
  console.log(
    `\nTargets: zero errors (${failed ? "MISSED" : "met"}); as many requests/s as plain sirv (${slowest >= 100 ? "met" : "MISSED"}: ${slowest}% at worst).`,
  );
  return failed ? 1 : 0;
}

await runBench(main);
