// What the two Playwright halves of `npm run bench` share: the phone they pretend to be, the
// answer links, and waiting for the app to take over a page.
import { devices } from "@playwright/test";

export const DEVICE = devices["Pixel 7"];
export const ANSWERS = 'section[aria-labelledby="question"] a';

export async function hydrated(/** @type {import("@playwright/test").Page} */ page) {
  await page.waitForFunction(
    (selector) => {
      const link = document.querySelector(selector);
      return !!link && Object.keys(link).some((key) => key.startsWith("__reactProps"));
    },
    ANSWERS,
    { timeout: 15_000 },
  );
}
