// Every page the machine can reach and every link between them, in each mode. Each page is checked
// against the machine (heading, question, each answer's words and target) and
// - with JavaScript on (Pixel 7, 412 px), on one depth-first tour (support/model.ts) cut into runs
//   in which each link is tapped once and lands where the machine says: axe in the light and dark
//   schemes, no console error, no CSP complaint, no sideways scrolling at 200% text size;
// - with JavaScript off and embedded, 320 px wide, each page opened once (a link there only loads
//   its address): every link on screen, no sideways scrolling, the page's other language linked;
// - in Spanish (/es), the same without JavaScript, with axe in both schemes on every page.
// Add a state or an answer and these tests grow by themselves.
import { writeFileSync } from "node:fs";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import type { Language } from "../src/content/languages.ts";
import { embedHref } from "../src/lib/embed.ts";
import { localHref } from "../src/lib/language-path.ts";
import { sitePagePaths, translatedPages } from "../src/lib/site-pages.ts";
import { en, type UiText } from "../src/lib/ui-text.ts";
import { es } from "../src/lib/ui-text-es.ts";
import { allSteps, answersOf, hrefFor, isPhoneSwitch, snapshotOf, stepId, type Answer, type WizardSnapshot } from "../src/wizard/steps.ts";
import { labelOf, questionOf, titleOf } from "./support/content.ts";
import { violationsInBothSchemes } from "./support/axe.ts";
import { edgeKey, everyPage, isSwitch, plan, RUNS_PER_MODE, type Action, type Edge } from "./support/model.ts";

/**
 * The page's one top-level heading. A CSS locator: on a page this size a role query costs ~70 ms
 * of accessibility-tree work per call, and axe checks the heading's role and name on every page.
 */
const heading = (page: Page) => page.locator("h1");

interface Shown {
  href: string;
  heading: string | null;
  question: string | null;
  answers: (string | null)[][];
  switches: (string | null)[][];
}

/**
 * What the page shows: where it is, its heading, the question, each answer's label (the link's
 * first text) and target, and the links that switch phone. With `until`, waits (in the page, every
 * frame) for the page to be at that address with that heading, then reads it; if it never is,
 * reads what is there instead, so the comparison after it says what is wrong. One round trip
 * instead of a retrying assertion per item: those back off (100, 250, 500 ms…) whenever the first
 * look lands a frame early, and on this 2-core machine that was much of the suite's time.
 */
async function readPage(page: Page, until: { href: string; canonical: string; title: string; switchText: string }): Promise<Shown> {
  const read = ({ href, canonical, title, switchText, wait }: { href: string; canonical: string; title: string; switchText: string; wait: boolean }) => {
    const heading = document.querySelector("h1")?.textContent ?? null;
    // The address changes a moment before React renders the new step (two variants of a step share
    // a heading); the canonical link is rendered with the step itself.
    const rendered = document.querySelector<HTMLLinkElement>("link[rel=canonical]")?.href;
    if (wait && (location.pathname !== href || heading !== title || !rendered || new URL(rendered).pathname !== canonical)) return false;
    const section = document.querySelector("section[aria-labelledby=question]");
    return {
      href: location.pathname,
      heading,
      question: section?.querySelector("#question")?.textContent ?? null,
      answers: [...(section?.querySelectorAll("a") ?? [])].map((a) => [a.firstElementChild?.textContent ?? "", a.getAttribute("href")]),
      switches: [...document.querySelectorAll("a")]
        .filter((a) => new RegExp(switchText).test(a.textContent ?? ""))
        .map((a) => [a.textContent, a.getAttribute("href")]),
    };
  };
  try {
    const arrived = await page.waitForFunction(read, { ...until, wait: true }, { polling: "raf", timeout: 5_000 });
    return (await arrived.jsonValue()) as Shown;
  } catch {
    return (await page.evaluate(read, { ...until, wait: false })) as Shown;
  }
}

/**
 * Where the tour finds a step, from its English address: its own page, its embed page, or its
 * Spanish page; the address its canonical link gives; and the language its words are in.
 */
interface Address {
  at: (href: string) => string;
  canonical: (href: string) => string;
  lang: Language;
}
const same = (href: string) => href;
const own: Address = { at: same, canonical: same, lang: "en" };
const framed: Address = { at: embedHref, canonical: same, lang: "en" };
const spanish: Address = { at: (href) => localHref(href, "es"), canonical: (href) => localHref(href, "es"), lang: "es" };
const frameWords: Record<Language, UiText> = { en, es };

/** The words of a link that switches phone, and a pattern that finds such links. */
const switchWords = (lang: Language) => {
  const [before, after] = frameWords[lang].steps.showInstead("\u0001").split("\u0001") as [string, string];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return { text: (device: string) => before + device + after, pattern: `^${escape(before)}.*${escape(after)}$` };
};

/** The page is at the step's address and shows the step's heading. */
async function expectArrived(page: Page, href: string, title: string, where: Address) {
  const shown = await readPage(page, { href: where.at(href), canonical: where.canonical(href), title, switchText: switchWords(where.lang).pattern });
  expect({ href: shown.href, heading: shown.heading }).toEqual({ href: where.at(href), heading: title });
}

/** What the machine says this page must show, in the page's language: its heading, its URL, and exactly its answers. */
async function expectPage(page: Page, state: WizardSnapshot, where: Address) {
  const id = stepId(state);
  const href = hrefFor(state);
  const answers = answersOf(state);
  const asked = answers.filter((a) => isAsked(id, a));
  const switches = answers.filter((a) => !asked.includes(a));
  const { at, lang } = where;
  const switchText = switchWords(lang);
  expect(await readPage(page, { href: at(href), canonical: where.canonical(href), title: titleOf(id, lang), switchText: switchText.pattern }), href).toEqual({
    href: at(href),
    heading: titleOf(id, lang),
    question: asked.length > 0 ? questionOf(id, lang) : null,
    // In the machine's order: a list that reorders under a finger loses the tap.
    answers: asked.map((a) => [labelOf(id, a.event, lang), at(a.href)]),
    switches: switches.map((a) => [switchText.text(labelOf("device", a.event, lang)), at(a.href)]),
  });
}

/**
 * The page names itself in every language for search engines (hreflang, English for everyone
 * else), and links the reader to itself in the other language.
 */
async function expectOtherLanguage(page: Page, href: string, where: Address) {
  const alternates = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>("link[rel=alternate][hreflang]")].map((link) => [link.hreflang, new URL(link.href).pathname]),
  );
  expect(alternates, `${where.at(href)}: hreflang`).toEqual([
    ["en", href],
    ["es", localHref(href, "es")],
    ["x-default", href],
  ]);
  const other: Language = where.lang === "en" ? "es" : "en";
  const link = page.locator(`header a[hreflang=${other}]`);
  await expect(link, where.at(href)).toHaveAttribute("href", where.at === embedHref ? embedHref(localHref(href, other)) : localHref(href, other));
}

/** Answers to the page's question, as opposed to the "Show … instead" links that switch phone. */
const isAsked = (id: string, answer: Answer) => !isPhoneSwitch(id, answer.event);

/** axe in both colour schemes, on the page as it is now: every rule in light, the colour rules in dark. */
async function expectAccessible(page: Page, href: string) {
  expect(await violationsInBothSchemes(page), href).toEqual([]);
}

/** Console errors and Content-Security-Policy complaints (each refused script, style or connection). */
async function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Content.Security.Policy|securitypolicyviolation/i.test(message.text())) {
      problems.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || event.sample}`);
    });
  });
  return problems;
}

/** How far the page scrolls sideways now; with `largeText`, with its text at 200% (then put back). */
function sidewaysScroll(page: Page, largeText = false) {
  return page.evaluate((largeText) => {
    const html = document.documentElement;
    // An inline style set through the CSSOM, which the page's style policy does not govern.
    if (largeText) html.style.setProperty("font-size", "200%", "important");
    const overflow = html.scrollWidth - html.clientWidth;
    html.style.removeProperty("font-size");
    return overflow;
  }, largeText);
}



/**
 * Carries out one run of the plan (support/model.ts), with JavaScript on: opens, taps and Backs,
 * checking each page on arrival, everything the first time; `full` adds the mode's own checks.
 */
async function runPlan(page: Page, run: Action[], full: (href: string, opened: boolean) => Promise<void>) {
  const pages = new Set<string>();
  const links = new Set<string>();
  const unanswered = new Set<string>();
  page.on("request", (request) => unanswered.add(request.url()));
  page.on("requestfinished", (request) => unanswered.delete(request.url()));
  page.on("requestfailed", (request) => unanswered.delete(request.url()));
  for (const action of run) {
    let href: string;
    if (action.kind === "open") {
      href = action.href;
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
    } else if (action.kind === "tap") {
      const { edge } = action;
      href = edge.to;
      const scope = isSwitch(edge) ? page.locator("article") : page.locator("section[aria-labelledby=question]");
      await scope.locator(`a[href="${edge.to}"]`).first().click();
      await page.waitForURL(edge.to, { waitUntil: "commit", timeout: 20_000 }).catch(async (error: Error) => {
        // Seen once on CI, not here: a tap on a hydrated page that went nowhere. Say what the page was doing.
        const router = await page
          .evaluate(() => {
            const state = (window as { __reactRouterDataRouter?: { state: { navigation: { state: string; location?: { pathname: string } } } } })
              .__reactRouterDataRouter?.state.navigation;
            return { navigation: state?.state, to: state?.location?.pathname, url: location.href };
          })
          .catch(() => "not readable");
        throw new Error(`${error.message}\nrouter: ${JSON.stringify(router)}\nrequests unanswered: ${[...unanswered].join(", ") || "none"}`);
      });
      links.add(edgeKey(edge));
    } else {
      href = action.href;
      for (let i = 0; i < action.pages; i++) await page.goBack({ waitUntil: "commit" });
    }
    const state = snapshotOf(allSteps().get(href)!);
    if (action.kind !== "back" && action.check === "full") {
      await expectPage(page, state, own);
      await full(href, action.kind === "open");
      pages.add(href);
    } else {
      await expectArrived(page, href, titleOf(stepId(state)), own);
    }
  }
  return { pages, links };
}

function record(testInfo: TestInfo, mode: string, name: string, { pages, links }: { pages: Set<string>; links: Set<string> }) {
  writeFileSync(testInfo.outputPath("model-coverage.json"), JSON.stringify({ mode, walk: name, pages: [...pages], links: [...links] }));
}

const nameOf = (run: Action[], n: number) => {
  const first = run[0]!;
  return `run ${n + 1} of ${RUNS_PER_MODE}: from ${first.kind === "open" ? first.href : "?"}, ${run.length} moves`;
};

test.describe("every page and link, JavaScript on", () => {
  for (const [n, run] of plan(RUNS_PER_MODE).entries()) {
    test(nameOf(run, n), async ({ page }, testInfo) => {
      test.setTimeout(30_000 + run.length * 4_000);
      const problems = await watchConsole(page);
      const covered = await runPlan(page, run, async (href, opened) => {
        if (opened) await page.waitForFunction(() => "__reactRouterDataRouter" in window);
        await expectAccessible(page, href);
        expect(await sidewaysScroll(page, true), `${href} scrolls sideways at 200% text`).toBeLessThanOrEqual(0);
      });
      expect(problems).toEqual([]);
      record(testInfo, "JavaScript on", nameOf(run, n), covered);
    });
  }

  test("pages outside the machine: the footer's pages, and the not-found page at any depth", async ({ page }) => {
    const problems = await watchConsole(page);
    const dataRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.endsWith(".data")) dataRequests.push(request.url());
    });
    // The figures page is not hydrated and has its own tests (outcomes.spec.ts).
    for (const href of sitePagePaths.filter((path) => path !== "/stats")) {
      expect((await page.goto(href))?.status(), href).toBe(200);
      await page.waitForFunction(() => "__reactRouterDataRouter" in window);
      if (translatedPages.some((p) => p.path === href)) await expectOtherLanguage(page, href, own);
      await expectAccessible(page, href);
      expect(await sidewaysScroll(page, true), `${href} scrolls sideways at 200% text`).toBeLessThanOrEqual(0);
    }
    const unknown = ["/no-such-step", "/unliking/nope", "/a/b/c", "/unliking/iphone/cache/nope", "/a/b/c/d/e/f"];
    for (const href of unknown) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(404);
      await expect(heading(page)).toHaveText("This step does not exist");
      await expect(page.getByRole("link", { name: "Start again" })).toHaveAttribute("href", "/");
    }
    await expectAccessible(page, unknown.at(-1)!);
    // The browser reports each 404 answer itself; nothing else may be logged, and the page asks
    // for no step data it does not have.
    expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
    expect(problems).toHaveLength(unknown.length);
    expect(dataRequests).toEqual([]);
  });
});

/**
 * The tour without JavaScript, at 320 px (the narrowest screen WCAG's reflow rule asks for): every
 * page opened once at its `where` address and checked against the machine, each of its links by
 * its words and address (a link with JavaScript off does nothing but load that address, and every
 * address is one of the pages opened), each of them on screen, the page's other language linked,
 * nothing scrolling sideways. Tapping each link as the JavaScript tour does cost ~250 ms a link
 * more and checked nothing more: docs/testing.md.
 */
async function visitEach(page: Page, group: { href: string; links: Edge[] }[], where: Address) {
  const pages = new Set<string>();
  const links = new Set<string>();
  for (const { href, links: out } of group) {
    const { at } = where;
    const response = await page.goto(at(href));
    expect(response?.status(), at(href)).toBe(200);
    await expectPage(page, snapshotOf(allSteps().get(href)!), where);
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll("a")].filter((a) => !a.checkVisibility() || a.getBoundingClientRect().width === 0).map((a) => a.getAttribute("href")),
    );
    expect(hidden, `${at(href)}: links not on screen`).toEqual([]);
    await expectOtherLanguage(page, href, where);
    expect(await sidewaysScroll(page), `${at(href)} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    pages.add(href);
    for (const edge of out) links.add(edgeKey(edge));
  }
  return { pages, links };
}

const groupName = (group: { href: string }[], n: number) => `pages ${n + 1} of ${RUNS_PER_MODE}: ${group[0]!.href} and ${group.length - 1} more`;

/** Registers the tour without JavaScript of one mode: every page, in runs both workers share. */
function tourWithoutJavaScript(mode: string, where: Address) {
  test.describe(() => {
    test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    for (const [n, group] of everyPage(RUNS_PER_MODE).entries()) {
      test(groupName(group, n), async ({ page }, testInfo) => {
        record(testInfo, mode, groupName(group, n), await visitEach(page, group, where));
      });
    }
  });
}

test.describe("every page and link, JavaScript off", () => tourWithoutJavaScript("JavaScript off", own));

// The embed pages (src/lib/embed.ts), as a plain iframe without JavaScript shows them: each step's
// embed page shows what the machine says and every answer leads to the next embed page. Framed by
// another site, with JavaScript, in embed.spec.ts.
test.describe("every page and link, embedded", () => tourWithoutJavaScript("embedded", framed));

// The Spanish pages (/es), as without JavaScript: each shows the machine's step in the Spanish
// content's words, every answer leads to the next Spanish page, and nothing scrolls sideways at
// 320 px. axe needs JavaScript, so it runs below with JavaScript on, on each step in Spanish (the
// first page the walk reaches it at: a step's other pages differ only in a phone's or a symptom's
// paragraphs, which the English tour checks on every page) and every other Spanish page.
test.describe("every page and link, in Spanish", () => {
  test.describe("without JavaScript", () => tourWithoutJavaScript("Spanish", spanish));

  // Each step once, in the machine's order, in two halves run side by side.
  const firstPageOfEachStep = [...new Map([...allSteps().values()].reverse().map((step) => [step.id, step.href])).values()].reverse();
  const halves = [firstPageOfEachStep.filter((_, i) => i % 2 === 0), firstPageOfEachStep.filter((_, i) => i % 2 === 1)];
  for (const [n, hrefs] of halves.entries()) {
    test(`axe in both schemes on each step in Spanish, part ${n + 1} of 2, JavaScript on`, async ({ page }) => {
      const problems = await watchConsole(page);
      for (const href of hrefs) {
        const spanishHref = localHref(href, "es");
        expect((await page.goto(spanishHref))?.status(), spanishHref).toBe(200);
        await page.waitForFunction(() => "__reactRouterDataRouter" in window);
        expect(await page.locator("html").getAttribute("lang"), spanishHref).toBe("es");
        await expectAccessible(page, spanishHref);
        expect(await sidewaysScroll(page, true), `${spanishHref} scrolls sideways at 200% text`).toBeLessThanOrEqual(0);
      }
      expect(problems).toEqual([]);
    });
  }

  test("the Spanish pages outside the machine, and the Spanish not-found page", async ({ page }) => {
    for (const { path } of translatedPages) {
      const href = localHref(path, "es");
      expect((await page.goto(href))?.status(), href).toBe(200);
      await page.waitForFunction(() => "__reactRouterDataRouter" in window);
      expect(await page.locator("html").getAttribute("lang"), href).toBe("es");
      await expectOtherLanguage(page, path, spanish);
      await expectAccessible(page, href);
      expect(await sidewaysScroll(page, true), `${href} scrolls sideways at 200% text`).toBeLessThanOrEqual(0);
    }
    for (const href of ["/es/nope", "/es/unliking/iphone/cache/nope", "/embed/es/nope"]) {
      expect((await page.goto(href))?.status(), href).toBe(404);
      await expect(heading(page)).toHaveText(es.notFound.heading);
      await expect(page.getByRole("link", { name: es.notFound.startAgain })).toHaveAttribute("href", href.startsWith("/embed") ? "/embed/es" : "/es");
    }
    await expectAccessible(page, "/es/nope");
  });
});
