// `npm run bench:pages [path…]`: Lighthouse (mobile, simulated throttling) once on the pages that are
// not steps, which `npm run bench` does not compare with a plain-HTML floor: every fix at once, the
// map, the embed page and the page that offers it, the counting pages. Builds first unless
// BENCH_SKIP_BUILD=1; prints a table; exits 1 if a page could not be measured.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { benchBrowserPath, chromiumArgs } from "../lib/testing/chromium.js";
import { freePort, HOST } from "../lib/testing/ports.js";
import { CATEGORIES, runLighthouse } from "./lighthouse.js";
import { log, markdownTable, root, runBench, startApp } from "./processes.js";

const DEFAULT_PAGES = ["/all-fixes", "/map", "/on-your-site", "/embed/unliking/android/cache", "/embed", "/how-we-count", "/stats"];

async function main() {
  const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_PAGES;
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("Building (npm run build)…");
    const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", 2, 2], timeout: 240_000 });
    if (build.status !== 0) throw new Error("the build failed");
  }
  const port = await freePort();
  await startApp(path.join(root, "build", "client"), port);
  const options = { chromePath: benchBrowserPath(), chromeFlags: ["--headless=new", ...chromiumArgs], timeoutMs: 120_000 };
  const rows = [];
  for (const page of pages) {
    log(`Lighthouse: ${page}…`);
    const figures = await runLighthouse(`http://${HOST}:${port}${page}`, options);
    rows.push([page, ...CATEGORIES.map((id) => String(figures.scores[id])), `${Math.round(figures.lcp)} ms`, `${Math.round(figures.tbt)} ms`, figures.misses.join("; ") || "–"]);
  }
  console.log(`\nLighthouse ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, mobile, simulated throttling\n`);
  console.log(markdownTable(["page", ...CATEGORIES, "LCP", "TBT", "below 1"], rows));
}

await runBench(main);
