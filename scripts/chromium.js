// The browser the tests and the bench drive. Playwright cannot download its own here, so Debian's
// Chromium is the default; CHROMIUM_PATH overrides, and an empty CHROMIUM_PATH means Playwright's
// bundled browser (or, for Lighthouse, chrome-launcher's own search).
export const chromiumPath = (process.env.CHROMIUM_PATH ?? "/usr/bin/chromium") || undefined;

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
