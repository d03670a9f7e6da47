import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, testBrowserPath } from "./e2e/support/chromium.js";

const port = Number(process.env.E2E_PORT ?? 4173);
/** The server's embedded outcomes database: its own folder, never the checkout's data/. */
export const e2eDataDir = path.join(os.tmpdir(), `likes-e2e-data-${port}`);

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
