import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, testBrowserPath } from "./lib/testing/chromium.js";

const port = Number(process.env.E2E_PORT ?? 4173);
/**
 * The server's embedded outcomes database: a new empty folder for each run, removed when the run
 * ends, so no test can pass on answers an earlier run left behind. The runner loads this file in
 * every worker too; they inherit the folder through the environment instead of making their own.
 */
function freshDataDir() {
  if (process.env.E2E_DATA_DIR) return process.env.E2E_DATA_DIR;
  const dir = mkdtempSync(path.join(os.tmpdir(), "likes-e2e-data-"));
  process.env.E2E_DATA_DIR = dir;
  // Made-up history for the live level and a fix's figures (e2e/live-counts.spec.ts), marked synthetic.
  execFileSync(process.execPath, [path.join(import.meta.dirname, "e2e", "support", "seed.js"), dir], { stdio: "inherit" });
  // After the web server has stopped: the runner's own process exits last.
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const e2eDataDir = freshDataDir();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  // A test that needs a second try is a bug to fix, not to hide.
  retries: 0,
  reporter: [["list"]],
  globalTeardown: "./e2e/support/model-report.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Pixel 7"],
    // Each fresh context would otherwise install the service worker and precache the whole site;
    // the offline tests turn it back on.
    serviceWorkers: "block",
    launchOptions: { executablePath: testBrowserPath(), args: chromiumArgs },
  },
  webServer: {
    command: "node server/start.js",
    url: `http://127.0.0.1:${port}/`,
    // The walks tap hundreds of answers from one address: no rate limit here (server tests cover it).
    // e2e/embed.spec.ts frames the guide from a page at http://localhost:<some port>.
    env: { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: e2eDataDir, OUTCOMES_RATE_LIMIT: "0", EMBED_ORIGINS: "https: http://localhost:*" },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
