// `npm test`: the unit tests and the build side by side (neither needs the other, and together they
// keep both cores busy), then the browser tests against that build. The build's output is held back
// until the unit tests have printed theirs, so the two never interleave. Stops at the first failure
// with that command's exit code.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A package's command-line script (their `exports` hide them from require.resolve). */
const bin = (pkg, name) => fileURLToPath(new URL(`../../node_modules/${pkg}/${name}`, import.meta.url));

/** Runs `node <script> …args`; with `quiet`, its output is kept and handed back instead of shown. */
function run(script, args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    const output = [];
    if (quiet) {
      child.stdout.on("data", (chunk) => output.push(chunk));
      child.stderr.on("data", (chunk) => output.push(chunk));
    }
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(output) }));
  });
}

// A fixed "today" for the build's menu-path ages (src/content/freshness.ts): a page does not start
// saying "checked over a year ago" under a test the day its content turns one.
process.env.LIKES_TODAY ??= "2026-12-04";

const unit = run(bin("vitest", "vitest.mjs"), ["run"]);
const build = run(bin("@react-router/dev", "bin.js"), ["build"], { quiet: true });

const unitResult = await unit;
const buildResult = await build;
process.stdout.write(buildResult.output);
if (unitResult.code !== 0) process.exit(unitResult.code);
if (buildResult.code !== 0) process.exit(buildResult.code);

const browser = await run(bin("@playwright/test", "cli.js"), ["test", ...process.argv.slice(2)]);
process.exit(browser.code);
