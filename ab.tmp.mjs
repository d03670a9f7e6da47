// A/B: first-visit throttled walks (Lighthouse mobile network + CPU 4x), alternating between build dirs.
import { chromium } from "/work/main/node_modules/@playwright/test/index.mjs";
import { WALK, THROTTLING } from "/work/main/bench/throttled.js";
import { ANSWERS, DEVICE, hydrated } from "/work/main/bench/page.js";
import { stepTimer } from "/work/main/bench/steps.js";
import { startNode, freePort, cleanUp, sleep } from "/work/main/bench/processes.js";
import { benchBrowserPath, chromiumArgs } from "/work/main/e2e/support/chromium.js";
const dirs = process.argv.slice(2);
const runs = Number(process.env.RUNS ?? 3);
const sw = process.env.SW === "1";
const browser = await chromium.launch({ executablePath: benchBrowserPath(), args: chromiumArgs });
const servers = [];
for (const dir of dirs) { const port = await freePort(); await startNode(["server/start.js"], port, { BUILD_DIR: dir, PORT: String(port), HOST: "127.0.0.1" }); servers.push({ dir, port, ms: [], walks: [] }); }
for (let r = 0; r < runs; r++) for (const s of (r % 2 ? [...servers].reverse() : servers)) {
  const context = await browser.newContext({ ...DEVICE, serviceWorkers: sw ? "allow" : "block" });
  await context.addInitScript(stepTimer, ANSWERS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const origin = `http://127.0.0.1:${s.port}`;
  if (sw) { await page.goto(origin + "/", { waitUntil: "load" }); await page.evaluate(async () => { await navigator.serviceWorker.ready; for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100)); }); }
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: THROTTLING.rttMs, downloadThroughput: (THROTTLING.downKbps * 1024) / 8, uploadThroughput: (THROTTLING.upKbps * 1024) / 8 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLING.cpu });
  await page.goto(origin + "/", { waitUntil: "load", timeout: 60000 });
  await hydrated(page);
  const walk = [];
  for (const href of WALK) {
    await sleep(Number(process.env.PAUSE ?? 2500));
    await page.evaluate(() => void (window.__bench = null));
    const link = page.locator(`${ANSWERS}[href="${href}"]`); await link.waitFor();
    await link.click({ force: true });
    const f = await (await page.waitForFunction(() => window.__bench, null, { polling: 50, timeout: 30000 })).jsonValue();
    walk.push(Math.round(f.t1 - f.t0));
  }
  s.ms.push(...walk); s.walks.push(walk);
  await context.close();
}
for (const s of servers) {
  const ms = [...s.ms].sort((a, b) => a - b);
  const q = (p) => ms[Math.min(ms.length - 1, Math.ceil(ms.length * p) - 1)];
  const walkP95 = s.walks.map((w) => { const x = [...w].sort((a, b) => a - b); return x[Math.ceil(x.length * 0.95) - 1]; });
  console.log(s.dir.padEnd(28), "median", q(0.5), "p95(all)", q(0.95), "max", ms.at(-1), "| per-walk p95", walkP95.join(" "), "| mean", (ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(1));
  for (const w of s.walks) console.log("   ", w.join(" "));
}
await browser.close(); await cleanUp();
