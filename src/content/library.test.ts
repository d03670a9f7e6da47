import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stateIds } from "../wizard/steps.ts";
import { defaultContentDir, readLibrary } from "./library.server.ts";

describe("the real content", () => {
  it("has one file per machine state and no problem at all", () => {
    const { steps, problems } = readLibrary();
    expect(problems).toEqual([]);
    expect([...steps.keys()].sort()).toEqual(stateIds().sort());
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

  it("a device block on a step shown before the device is known", () => {
    const problems = contentWith("connection.md", (t) => `${t}\n:::android\nAndroid only.\n:::\n\n:::iphone\niPhone only.\n:::\n`);
    expect(problems).toEqual([expect.stringMatching(/connection\.md:\d+: device blocks are not allowed/)]);
  });
});
