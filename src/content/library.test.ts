import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stateIds } from "../wizard/steps.ts";
import { parseStep, renderStep } from "./compile.server.ts";
import { defaultContentDir, readAllContent, readLibrary } from "./library.server.ts";
import { stepPage } from "./page.server.ts";

describe("the real content", () => {
  it("has one file per machine state and no problem at all", () => {
    const { steps, problems } = readLibrary();
    expect(problems).toEqual([]);
    expect([...steps.keys()].sort()).toEqual(stateIds().sort());
  });

  it("shows a warning as a callout that says so in words, before the instruction it guards", () => {
    const html = renderStep(readLibrary().steps.get("reset")!, "iphone");
    expect(html).toMatch(/^[\s\S]*<div class="warning" role="note"><p class="warning-title"><strong>Warning: [^<]+<\/strong>/);
    expect(html.indexOf('class="warning"')).toBeLessThan(html.indexOf("Delete App"));
    expect(html).not.toContain("Clear storage");
  });

  it("says nothing of offloading as a way to clear the cache", () => {
    const html = renderStep(readLibrary().steps.get("cache")!, "iphone");
    expect(html).toMatch(/Offload App<\/strong> doesn't help/);
    expect(html).not.toMatch(/tap <strong>Offload App/i);
  });
});

describe("how far a step's sources can be trusted", () => {
  it("a menu path that only guides give says so on the page; one a press or official source gives does not", () => {
    expect(stepPage("/unliking/android/log-out")!.menuCheck).toMatchObject({ guidesOnly: true });
    expect(stepPage("/unliking/android/cache")!.menuCheck).toMatchObject({ guidesOnly: false });
  });
  it("a source with no date of its own reads undated, not a blank", () => {
    const cache = stepPage("/unliking/android/cache")!;
    const all = [...cache.menuCheck!.sources, ...cache.sources];
    expect(all.find((s) => s.publisher === "Android Central")?.dateLabel).toBe("undated");
    expect(all.find((s) => s.publisher === "Adweek")?.dateLabel).toBe("Feb 2023");
  });
  it("never rests a menu path on a follower seller, an app-cleaner vendor or a content farm", () => {
    const banned = /highsocial|cleanor|socialexperttips|apps\.uk|ticker\.tv/;
    const used = [...readLibrary().steps.values()].flatMap((step) => step.meta.sources ?? []).map((s) => s.url);
    expect(used.filter((url) => banned.test(url))).toEqual([]);
  });
});

describe("words for each symptom", () => {
  const step = parseStep(
    ["---", "title: A fix", "description: " + "x".repeat(60), "---", "", "Try this.", "", ":::unliking", "Like a video and check it stays.", ":::", "", ":::missing", "Open your **Liked** list.", ":::", ""].join("\n"),
  );
  it("a reader sees their own symptom's test and no other", () => {
    const html = renderStep(step, { symptom: "missing" });
    expect(html).toContain("Liked");
    expect(html).not.toContain("check it stays");
  });
  it("a page for every reader shows each test under the symptom's name", () => {
    const html = renderStep(step, { symptomLabels: { unliking: "My likes flip back", missing: "Liked videos are missing" } });
    expect(html).toMatch(/<strong>My likes flip back:<\/strong>[\s\S]*check it stays[\s\S]*<strong>Liked videos are missing:<\/strong>[\s\S]*Liked/);
  });
});

describe("a content mistake is reported with the file and line", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of the real content with one file changed, so each test shows one mistake alone. */
  function contentWith(file: string, edit: (text: string) => string | undefined): string[] {
    dir = mkdtempSync(path.join(tmpdir(), "content-"));
    cpSync(defaultContentDir, dir, { recursive: true });
    const target = path.join(dir, file);
    const before = (() => {
      try {
        return readFileSync(target, "utf8");
      } catch {
        return "";
      }
    })();
    const after = edit(before);
    if (after === undefined) rmSync(target);
    else writeFileSync(target, after);
    return readLibrary(dir).problems;
  }

  it("a state without a content file", () => {
    expect(contentWith("cache.md", () => undefined)).toEqual([expect.stringMatching(/cache\.md:1: missing: the machine has a state "cache"/)]);
  });

  it("a content file without a state", () => {
    const problems = contentWith("reboot.md", () => readFileSync(path.join(defaultContentDir, "fixed.md"), "utf8"));
    expect(problems).toEqual([expect.stringMatching(/reboot\.md:1: no state "reboot" in the machine/)]);
  });

  it("an answer key the machine does not have", () => {
    const problems = contentWith("privacy.md", (t) => t!.replace("answers:\n", "answers:\n  answer.maybe: Not sure\n"));
    expect(problems).toEqual([expect.stringMatching(/privacy\.md:\d+: unknown answer key "answer\.maybe"/)]);
    const line = Number(problems[0]!.split(":")[1]);
    expect(readFileSync(path.join(dir, "privacy.md"), "utf8").split("\n")[line - 1]).toContain("answer.maybe");
  });

  it("an answer without a label", () => {
    const problems = contentWith("connection.md", (t) => t!.replace(/^  answer\.no:.*\n/m, ""));
    expect(problems).toEqual([expect.stringMatching(/connection\.md:\d+: answer "answer\.no" has no label/)]);
  });

  it("raw HTML or a script in the markdown", () => {
    const problems = contentWith("fixed.md", (t) => `${t}\n<script>alert(1)</script>\n`);
    expect(problems).toEqual([expect.stringMatching(/fixed\.md:\d+: raw HTML is not allowed/)]);
  });

  it("a link to a step that does not exist", () => {
    const problems = contentWith("fixed.md", (t) => `${t}\nSee [the cache step](/unliking/cache).\n`);
    expect(problems).toEqual([expect.stringMatching(/fixed\.md:\d+: broken internal link "\/unliking\/cache"/)]);
  });

  it("a step with no text", () => {
    const problems = contentWith("fixed.md", (t) => t!.slice(0, t!.indexOf("---", 3) + 4));
    expect(problems).toEqual([expect.stringMatching(/fixed\.md:1: has no text after the front matter/)]);
  });

  it("a missing or malformed front matter field", () => {
    const problems = contentWith("reach.md", (t) => t!.replace(/^checked:.*$/m, "checked: last Tuesday"));
    expect(problems).toEqual([expect.stringMatching(/reach\.md:4: front matter "checked": must be a date/)]);
  });

  it("an instruction to log out with no warning before it", () => {
    const problems = contentWith("log-out.md", (t) => t!.replace(/:::warning\[[^\]]*\]\n[\s\S]*?\n:::\n/, ""));
    expect(problems[0]).toMatch(/log-out\.md:\d+: tells the reader to "Log out" with no :::warning block before it/);
    expect(problems.every((p) => /log-out\.md:\d+: tells the reader to "log out" with no :::warning/i.test(p))).toBe(true);
    const line = Number(problems[0]!.split(":")[1]);
    expect(readFileSync(path.join(dir, "log-out.md"), "utf8").split("\n")[line - 1]).toContain("**Log out**");
  });

  it("a warning placed after the instruction it should guard", () => {
    const problems = contentWith("reset.md", (t) => {
      const warning = /:::warning\[[^\]]*\]\n[\s\S]*?\n:::\n/.exec(t!)![0];
      return `${t!.replace(warning, "")}\n${warning}`;
    });
    expect(problems).toEqual([
      expect.stringMatching(/reset\.md:\d+: tells the reader to "Delete App" with no :::warning/),
      expect.stringMatching(/reset\.md:\d+: tells the reader to "Clear storage" with no :::warning/),
    ]);
  });

  it("a warning block with nothing in it", () => {
    const problems = contentWith("log-out.md", (t) => t!.replace(/(:::warning\[[^\]]*\]\n)[\s\S]*?\n(:::\n)/, "$1$2"));
    expect(problems).toEqual([expect.stringMatching(/log-out\.md:\d+: a :::warning block needs text/)]);
  });

  it("a menu path with no source for it", () => {
    const problems = contentWith("update.md", (t) => t!.replaceAll("    menu: true\n", ""));
    expect(problems).toEqual([expect.stringMatching(/update\.md:\d+: shows a menu path but names no source for it/)]);
  });

  it("a menu path with no checked date", () => {
    const problems = contentWith("cache.md", (t) => t!.replace(/^checked:.*\n/m, ""));
    expect(problems).toEqual([expect.stringMatching(/cache\.md:\d+: shows a menu path but has no "checked:" date/)]);
  });

  it("a checked date on a step with no menu path", () => {
    const problems = contentWith("fixed.md", (t) => t!.replace("---\n", "---\nchecked: 2026-11-01\n"));
    expect(problems).toEqual([expect.stringMatching(/fixed\.md:2: "checked" is set but the step shows no menu path/)]);
  });

  it("a checked date still to come", () => {
    const problems = contentWith("support.md", (t) => t!.replace(/^checked:.*$/m, "checked: 2999-01-01"));
    expect(problems).toEqual([expect.stringMatching(/support\.md:\d+: "checked" is 2999-01-01, a date still to come/)]);
  });

  it("one source described two ways in two files", () => {
    const problems = contentWith("reach.md", (t) => t!.replace('publisher: "Technext"', 'publisher: "Someone else"'));
    expect(problems).toEqual([expect.stringMatching(/reach\.md:\d+: source https:\/\/technext24\.com\/\S+ has a different title, publisher, kind or date in \S*account\.md/)]);
  });

  it("a symptom block for a symptom whose walk never reaches the step", () => {
    const problems = contentWith("privacy.md", (t) => `${t}\n:::missing\nOpen your Liked list.\n:::\n\n:::dropping\nCheck your count.\n:::\n`);
    expect(problems).toEqual([expect.stringMatching(/privacy\.md:\d+: a :::dropping block, but no "dropping" walk reaches "privacy" \(it is reached by: missing\)/)]);
    const line = Number(problems[0]!.split(":")[1]);
    expect(readFileSync(path.join(dir, "privacy.md"), "utf8").split("\n")[line - 1]).toBe(":::dropping");
  });

  it("words for one symptom on a step that other symptoms reach too", () => {
    const problems = contentWith("fixed.md", (t) => `${t}\n:::unliking\nLike a video and check it stays.\n:::\n`);
    expect(problems).toEqual([expect.stringMatching(/fixed\.md:\d+: has symptom blocks but none for (missing, dropping|dropping, missing)/)]);
  });

  it("a step that costs something whose warning comes after its first instruction", () => {
    // Removing a device matches no risky word: only the step's cost in the machine says it needs a warning.
    const problems = contentWith("signed-in.md", (t) => {
      const warning = /:::warning\[[^\]]*\]\n[\s\S]*?\n:::\n/.exec(t!)![0];
      return `${t!.replace(warning, "")}\n${warning}`;
    });
    expect(problems).toEqual([expect.stringMatching(/signed-in\.md:\d+: "signed-in" signs the reader out \(its cost in the machine\), but its first instruction has no :::warning block before it/)]);
    const line = Number(problems[0]!.split(":")[1]);
    expect(readFileSync(path.join(dir, "signed-in.md"), "utf8").split("\n")[line - 1]).toMatch(/^1\. /);
  });

  it("a source that does not say what kind it is", () => {
    const problems = contentWith("log-out.md", (t) => t!.replace("    kind: guide\n", ""));
    expect(problems).toEqual([expect.stringMatching(/log-out\.md:\d+: front matter "sources\.0\.kind": must be one of official, press, guide/)]);
  });

  it("a device block on a step shown before the device is known", () => {
    const problems = contentWith("connection.md", (t) => `${t}\n:::android\nAndroid only.\n:::\n\n:::iphone\niPhone only.\n:::\n`);
    expect(problems).toEqual([expect.stringMatching(/connection\.md:\d+: device blocks are not allowed/)]);
  });
});

describe("a translation says all the English says, in the same places, with sourced menu names", () => {
  let dir: string;
  afterEach(() => void (dir && rmSync(dir, { recursive: true, force: true })));

  /** The problems of the real content (English and every translation) with one Spanish file changed. */
  function spanishWith(file: string, edit: (text: string) => string | undefined): string[] {
    dir = mkdtempSync(path.join(tmpdir(), "content-"));
    cpSync(defaultContentDir, dir, { recursive: true });
    const target = path.join(dir, "es", file);
    const after = edit(readFileSync(target, "utf8"));
    expect(after, "the edit changed nothing").not.toBe(readFileSync(target, "utf8"));
    if (after === undefined) rmSync(target);
    else writeFileSync(target, after);
    return readAllContent(dir).problems;
  }

  it("the real Spanish has every step and no problem", () => {
    const { translations, problems } = readAllContent();
    expect(problems).toEqual([]);
    expect([...translations.get("es")!.steps.keys()].sort()).toEqual(stateIds().sort());
  });

  it("a step with no Spanish file", () => {
    expect(spanishWith("fixed.md", () => undefined)).toEqual([expect.stringMatching(/es\/fixed\.md:1: missing: the machine has a state "fixed" but no es translation/)]);
  });

  it("a warning left out, named with the English file and line that has it", () => {
    const problems = spanishWith("log-out.md", (t) => t.replace(/:::warning\[[^\]]*\]\n[\s\S]*?\n:::\n/, ""));
    expect(problems).toContainEqual(expect.stringMatching(/es\/log-out\.md:\d+: the English has a :::warning block \(\S*log-out\.md:\d+\) here, this file has a level-2 heading/));
    // And the instruction to log out is now unguarded, in Spanish words.
    expect(problems).toContainEqual(expect.stringMatching(/es\/log-out\.md:\d+: tells the reader to "Cerrar sesión" with no :::warning block before it/));
  });

  it("an instruction left out of a list", () => {
    const problems = spanishWith("cache.md", (t) => t.replace(/^4\. Toca \*\*Borrar\*\*.*\n/m, ""));
    expect(problems).toEqual([expect.stringMatching(/es\/cache\.md:\d+: the English has a numbered list of 4 \(\S*cache\.md:\d+\) here, this file has a numbered list of 3/)]);
  });

  it("an answer the Spanish does not label", () => {
    expect(spanishWith("update.md", (t) => t.replace(/^  answer\.no:.*\n/m, ""))).toEqual([expect.stringMatching(/es\/update\.md:\d+: answer "answer\.no" has no label/)]);
  });

  it("a menu name with neither a Spanish source nor the hedge", () => {
    const problems = spanishWith("log-out.md", (t) => t.replace("**Cerrar sesión** (puede llamarse así; en inglés: **Log out**)", "**Cerrar sesión**"));
    expect(problems).toEqual([expect.stringMatching(/es\/log-out\.md:88: "Cerrar sesión" is a menu name that none of this step's menu sources prints .* and that is not hedged/)]);
  });

  it("a name a source is said to print, but that source is gone", () => {
    const problems = spanishWith("log-out.md", (t) => t.replace(/\n {6}- "Ajustes y privacidad"/g, ""));
    expect(problems).toContainEqual(expect.stringMatching(/es\/log-out\.md:\d+: "Ajustes y privacidad" is a menu name that none/));
  });

  it("a hedge whose English name the English step does not use", () => {
    const problems = spanishWith("log-out.md", (t) => t.replace("en inglés: **Log out**", "en inglés: **Sign off**"));
    expect(problems).toEqual([expect.stringMatching(/es\/log-out\.md:88: the hedge after "Cerrar sesión" gives "Sign off" as the English name, but the English step has no "Sign off" in bold/)]);
  });

  it("a source described differently from the English file that cites the same page", () => {
    const problems = spanishWith("cache.md", (t) => t.replace('publisher: "Adweek"', 'publisher: "AdWeek magazine"'));
    expect(problems).toEqual([expect.stringMatching(/es\/cache\.md:\d+: source https:\/\/www\.adweek\.com\/.* has a different title, publisher, kind or date in \S+\/[\w-]+\.md/)]);
  });
});
