import { writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { answersOf, hrefFor, stepId, type WizardSnapshot } from "../src/wizard/steps.ts";
import { labelOf, questionOf, titleOf } from "./support/content.ts";
import { coveringWalks, edgeKey, type WalkStep } from "./support/model.ts";
import { answerLink } from "./support/walk.ts";

// Walks generated from the machine: add a state or an answer and these tests grow by themselves.
const walks = coveringWalks();

/** What the machine says this page must show: its heading, its URL, and exactly its answers. */
async function expectPage(page: Page, state: WizardSnapshot) {
  const id = stepId(state);
  await expect(page).toHaveURL(hrefFor(state));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleOf(id));
  const answers = answersOf(state);
  const asked = answers.filter((a) => id === "device" || !a.event.startsWith("device."));
  // One read of the page per step keeps hundreds of steps fast; the label is the link's first text.
  const offered =
    asked.length === 0
      ? []
      : await page
          .getByRole("region", { name: questionOf(id) })
          .getByRole("link")
          .evaluateAll((links) => links.map((l) => [l.firstElementChild?.textContent ?? "", l.getAttribute("href")]));
  expect(offered.sort()).toEqual(asked.map((a) => [labelOf(id, a.event), a.href]).sort());
  const switches = answers.filter((a) => !asked.includes(a));
  const shown = await page
    .getByRole("link", { name: /^Show .* instead$/ })
    .evaluateAll((links) => links.map((l) => [l.textContent, l.getAttribute("href")]));
  expect(shown).toEqual(switches.map((a) => [`Show ${labelOf("device", a.event)} instead`, a.href]));
}

function switchLink(page: Page, event: string) {
  return page.getByRole("link", { name: `Show ${labelOf("device", event as "device.iphone")} instead` });
}

async function take(page: Page, step: WalkStep) {
  const id = stepId(step.state);
  const isSwitch = id !== "device" && step.event.startsWith("device.");
  await (isSwitch ? switchLink(page, step.event) : answerLink(page, id, step.event)).click();
}

for (const javaScript of [true, false]) {
  test.describe(javaScript ? "model walk" : "model walk, JavaScript off", () => {
    test.use({ javaScriptEnabled: javaScript });
    for (const walk of walks) {
      test(walk.name, async ({ page }, testInfo) => {
        const pages = new Set<string>();
        const links = new Set<string>();
        await page.goto("/");
        for (const step of walk.steps) {
          await expectPage(page, step.state);
          pages.add(hrefFor(step.state));
          await take(page, step);
          const to = answersOf(step.state).find((a) => a.event === step.event)!.href;
          links.add(edgeKey({ from: hrefFor(step.state), event: step.event, to }));
        }
        await expectPage(page, walk.end);
        pages.add(hrefFor(walk.end));
        const record = { mode: javaScript ? "JavaScript on" : "JavaScript off", walk: walk.name, pages: [...pages], links: [...links] };
        writeFileSync(testInfo.outputPath("model-coverage.json"), JSON.stringify(record));
      });
    }
  });
}
