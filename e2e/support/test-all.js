// `npm test`: the unit tests, the build, and once it is built the browser tests against it, side by
// side (the unit tests mostly wait on their databases, and the browser tests do not need them).
// The unit tests' output is held back and printed after the browser tests', so the two never
// interleave. Exits with the first failure's code: the build's, the unit tests', the browser's.
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

const unit = run(bin("vitest", "vitest.mjs"), ["run"], { quiet: true });
const build = await run(bin("@react-router/dev", "bin.js"), ["build"], { quiet: true });
process.stdout.write(build.output);
const browser = build.code === 0 ? await run(bin("@playwright/test", "cli.js"), ["test", ...process.argv.slice(2)]) : undefined;
const unitResult = await unit;
process.stdout.write(unitResult.output);
process.exit(build.code || unitResult.code || (browser?.code ?? 0));
