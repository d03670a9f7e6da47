import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { defaultContentDir } from "./library.server.ts";

// The article the guide grew from sits beside the repository (../shared), not in it.
const article = path.resolve(process.cwd(), "..", "shared", "source-article.txt");
const runLength = 10;

const words = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];

function runs(text: string): Set<string> {
  const list = words(text);
  const found = new Set<string>();
  for (let i = 0; i + runLength <= list.length; i++) found.add(list.slice(i, i + runLength).join(" "));
  return found;
}

// Skipped only on a developer's machine without ../shared; in CI a missing article is a failure.
it.skipIf(!existsSync(article) && !process.env.CI)(`no content file shares a run of ${runLength} words with the source article`, () => {
  expect(existsSync(article), `the source article is missing: ${article}`).toBe(true);
  const theirs = runs(readFileSync(article, "utf8"));
  expect(theirs.size).toBeGreaterThan(100);
  const shared = readdirSync(defaultContentDir)
    .filter((file) => file.endsWith(".md"))
    .flatMap((file) => [...runs(readFileSync(path.join(defaultContentDir, file), "utf8"))].filter((run) => theirs.has(run)).map((run) => `${file}: "${run}"`));
  expect(shared).toEqual([]);
});
