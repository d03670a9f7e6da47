import { writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { answersOf, hrefFor, stepId, type WizardSnapshot } from "../src/wizard/steps.ts";
import { labelOf, questionOf, titleOf } from "./support/content.ts";
import { coveringWalks, edgeKey, type WalkStep } from "./support/model.ts";

// Walks generated from the machine: add a state or an answer and these tests grow by themselves.
const walks = coveringWalks();

/** What the machine says this page must show: its heading, its URL, and exactly its answers. */
async function expectPage(page: Page, state: WizardSnapshot) {
  const id = stepId(state);
  await expect(page).toHaveURL(hrefFor(state));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleOf(id));
  const answers = answersOf(state);
  const asked = answers.filter((a) => id === "device" || !a.event.startsWith("device."));
  const switches = answers.filter((a) => !asked.includes(a));
  // One read of the page per step keeps hundreds of steps fast: the question, each answer's label
  // (the link's first text) and target, and the links that switch phone.
  const shown = await page.evaluate(() => {
    const section = document.querySelector("section[aria-labelledby=question]");
    return {
      question: section?.querySelector("#question")?.textContent ?? null,
      answers: [...(section?.querySelectorAll("a") ?? [])].map((a) => [a.firstElementChild?.textContent ?? "", a.getAttribute("href")]).sort(),
      switches: [...document.querySelectorAll("a")]
        .filter((a) => /^Show .* instead$/.test(a.textContent ?? ""))
        .map((a) => [a.textContent, a.getAttribute("href")]),
    };
  });
  expect(shown).toEqual({
    question: asked.length > 0 ? questionOf(id) : null,
    // Sorted: the device question lists the browser's own phone first.
    answers: asked.map((a) => [labelOf(id, a.event), a.href]).sort(),
    switches: switches.map((a) => [`Show ${labelOf("device", a.event)} instead`, a.href]),
  });
}

/** Taps the link the machine's answer leads through; expectPage has checked its label. */
async function take(page: Page, step: WalkStep) {
  const to = answersOf(step.state).find((a) => a.event === step.event)!.href;
  const id = stepId(step.state);
  const isSwitch = id !== "device" && step.event.startsWith("device.");
  const scope = isSwitch ? page.locator("article") : page.locator("section[aria-labelledby=question]");
  await scope.locator(`a[href="${to}"]`).first().click();
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
