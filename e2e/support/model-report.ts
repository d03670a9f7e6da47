import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { coverage, RUNS_PER_MODE } from "./model.ts";

interface Record {
  mode: string;
  walk: string;
  pages: string[];
  links: string[];
}

function records(dir: string): Record[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith("model-coverage.json")).map((n) => JSON.parse(readFileSync(path.join(dir, n), "utf8")));
}

/** Prints how much of the machine the page tests covered; a full run below 100% fails. */
export default function modelReport() {
  const all = records(path.resolve("test-results"));
  if (all.length === 0) return;
  const tests = RUNS_PER_MODE;
  const failures: string[] = [];
  console.log("\nModel-based coverage (every page and link the machine defines):");
  for (const mode of [...new Set(all.map((r) => r.mode))]) {
    const mine = all.filter((r) => r.mode === mode);
    const done = new Set(mine.map((r) => r.walk)).size;
    const c = coverage(new Set(mine.flatMap((r) => r.pages)), new Set(mine.flatMap((r) => r.links)));
    const pct = ([a, b]: readonly [number, number]) => `${a}/${b} (${Math.round((100 * a) / b)}%)`;
    console.log(
      `  ${mode}: tests ${done}/${tests} · states ${pct(c.states)} · transitions ${pct(c.transitions)} · pages ${pct(c.pages)} · links ${pct(c.links)}`,
    );
    const full = [c.states, c.transitions, c.pages, c.links].every(([a, b]) => a === b);
    if (done === tests && !full) failures.push(mode);
  }
  if (failures.length > 0) throw new Error(`The page tests did not cover the whole machine (${failures.join(", ")})`);
}
