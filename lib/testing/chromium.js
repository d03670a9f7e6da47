// The browser the tests and the bench drive, found once per run in this order:
//   1. CHROMIUM_PATH, when set (it must be an executable; set but empty skips to 4);
//   2. for the tests, a headless shell installed on the system (Debian's chromium-headless-shell):
//      the same engine without the desktop browser around it, which is what Playwright itself runs
//      headless, and a third less CPU on this machine's browser tests;
//   3. a Chromium or Chrome installed on the system (Debian's /usr/bin/chromium, a Mac's app, …);
//   4. Playwright's own Chromium, installed with `playwright install chromium` when missing.
// The bench wants the full browser (Lighthouse measures what people run), so it skips 2.
// One line says which was used; if none can be had, the error says what to do.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

const HEADLESS_SHELLS = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium-headless-shell"];

const isExecutable = (/** @type {string} */ file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Playwright's own Chromium, installed first if it is not there yet: its path, or for the tests
 * `undefined`, so that Playwright launches the headless shell it installs beside it.
 * @param {boolean} headlessShell
 */
function playwrightChromium(headlessShell) {
  const require = createRequire(import.meta.url);
  const { chromium } = require("playwright-core");
  const own = chromium.executablePath();
  if (isExecutable(own)) return headlessShell ? undefined : own;
  console.error("No Chromium found on this machine: installing Playwright's own (playwright install chromium)…");
  const cli = path.join(path.dirname(require.resolve("playwright-core/package.json")), "cli.js");
  const install = spawnSync(process.execPath, [cli, "install", "chromium"], { stdio: "inherit" });
  if (install.status === 0 && isExecutable(own)) return headlessShell ? undefined : own;
  throw new Error(
    "No browser for the tests: CHROMIUM_PATH is not set, no system Chromium or Chrome was found, and " +
      "`playwright install chromium` failed. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH.",
  );
}

/**
 * @param {{ headlessShell: boolean }} options
 * @returns {{ path: string | undefined, source: string }}
 */
function resolve({ headlessShell }) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv === "") return { path: playwrightChromium(headlessShell), source: "Playwright's own Chromium, as CHROMIUM_PATH is empty" };
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
    return { path: fromEnv, source: "CHROMIUM_PATH" };
  }
  const shell = headlessShell && HEADLESS_SHELLS.find(isExecutable);
  if (shell) return { path: shell, source: "system headless shell" };
  const system = SYSTEM_BROWSERS.find(isExecutable);
  if (system) return { path: system, source: "system browser" };
  return { path: playwrightChromium(headlessShell), source: "Playwright's own Chromium" };
}

/** @param {{ headlessShell: boolean }} options */
function find(options) {
  const found = resolve(options);
  const name = found.path ?? "Playwright's headless shell";
  // Playwright loads its config again in each worker; they inherit the answer and stay quiet.
  if (process.env.LIKES_BROWSER !== name) {
    console.error(`Browser: ${name} (${found.source})`);
    process.env.LIKES_BROWSER = name;
  }
  return found.path;
}

/**
 * The executable the browser tests launch; `undefined` means Playwright's own choice (its
 * headless shell, installed beside its Chromium).
 */
export const testBrowserPath = () => find({ headlessShell: true });

/** The full browser the bench and Lighthouse drive. */
export const benchBrowserPath = () => /** @type {string} */ (find({ headlessShell: false }));

/** Flags for a sandbox without GPU or outside network, where Chromium otherwise keeps phoning home. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
