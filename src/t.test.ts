import { test } from "vitest";
import { allSteps, answersOf, snapshotOf, fixesTried } from "./wizard/steps";
test("x", () => {
const s = allSteps();
console.log(s.size);
for (const [h, st] of s) console.log(h, JSON.stringify(answersOf(snapshotOf(st)).map(a=>a.event+"→"+a.href)), fixesTried(st).join(","));
});
