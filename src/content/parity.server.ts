// A translated step must say everything the English one says, in the same places: the same blocks
// (each phone's part, each symptom's test, each warning) in the same order, the same headings, the
// same number of instructions in each list, the same links to other steps. And its menu names must
// be the ones its own sources print, or say plainly that they are a likely name beside the English.
import type { Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { textOf, type ParsedStep } from "./compile.server.ts";
import { HEDGE, wordsOf, type Language } from "./languages.ts";

interface Mark {
  what: string;
  line: number;
}

/** The step's shape, in reading order: what a translation must keep, and where it is. */
export function outline(tree: Root): Mark[] {
  const marks: Mark[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      const line = node.position?.start.line ?? 1;
      if (node.type === "containerDirective") {
        marks.push({ what: `a :::${node.name} block`, line });
        walk(node.children);
        marks.push({ what: `the end of the :::${node.name} block`, line: node.position?.end.line ?? line });
      } else if (node.type === "heading") {
        marks.push({ what: `a level-${node.depth} heading`, line });
      } else if (node.type === "list") {
        marks.push({ what: `a ${node.ordered ? "numbered" : "bulleted"} list of ${node.children.length}`, line });
      }
    }
  };
  walk(tree.children);
  return marks;
}

/**
 * Problems of a translation against its English step, each with the translation's line. `english`
 * names the English file for the message.
 */
export function parityProblems(en: ParsedStep, other: ParsedStep, english: string): Array<{ line: number; message: string }> {
  const problems: Array<{ line: number; message: string }> = [];
  const a = outline(en.tree);
  const b = outline(other.tree);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]?.what === b[i]?.what) continue;
    const expected = a[i] ? `${a[i]!.what} (${english}:${a[i]!.line})` : "nothing more";
    problems.push({ line: b[i]?.line ?? b.at(-1)?.line ?? 1, message: `the English has ${expected} here, this file has ${b[i]?.what ?? "nothing more"}` });
    break;
  }
  const linked = new Set(other.links.map((l) => l.href));
  const englishLinks = new Set(en.links.map((l) => l.href));
  for (const href of englishLinks) {
    if (!linked.has(href)) problems.push({ line: 1, message: `no link to ${href}, which the English (${english}) links to` });
  }
  for (const link of other.links.filter((l) => !englishLinks.has(l.href))) {
    problems.push({ line: link.line, message: `links to ${link.href}, which the English (${english}) does not` });
  }
  // (A front matter that did not parse has its own problems said; nothing to compare.)
  for (const key of Object.keys(other.meta).length > 0 ? (["question", "worked", "checked"] as const) : []) {
    if (Boolean(en.meta[key]) !== Boolean(other.meta[key])) {
      problems.push({ line: 1, message: `"${key}" is ${en.meta[key] ? "set in" : "not in"} the English (${english}), and ${other.meta[key] ? "set" : "missing"} here` });
    }
  }
  return problems;
}

/** Every name in bold in the English step: what a hedge may give as "the English name". */
function boldNames(step: ParsedStep): Set<string> {
  const names = new Set<string>();
  visit(step.tree, "strong", (node) => void names.add(textOf(node).trim()));
  return names;
}

/**
 * Each name an instruction tells the reader to tap or open ("Toca **Perfil**") is printed by one of
 * the step's own sources (their `names`), or is followed by the hedge that gives the English
 * name (HEDGE), or is the very name the English step uses (the app's own name, App Store, General).
 */
export function menuNameProblems(en: ParsedStep, other: ParsedStep, lang: Language): Array<{ line: number; message: string }> {
  const hedge = HEDGE[lang];
  if (!hedge) return [];
  const problems: Array<{ line: number; message: string }> = [];
  const english = boldNames(en);
  const sourced = new Set((other.meta.sources ?? []).flatMap((s) => s.names ?? []));
  visit(other.tree, "paragraph", (paragraph) => {
    let before = "";
    const children = paragraph.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type !== "strong" || !wordsOf[lang].menuVerb.test(before)) {
        before += textOf(child);
        continue;
      }
      const name = textOf(child).trim();
      const line = child.position?.start.line ?? 1;
      const next = children[i + 1];
      const hedged = next?.type === "text" && next.value.startsWith(hedge);
      if (hedged) {
        const englishName = children[i + 2];
        const closed = children[i + 3];
        if (englishName?.type !== "strong" || next.value !== hedge || closed?.type !== "text" || !closed.value.startsWith(")")) {
          problems.push({ line, message: `the hedge after "${name}" must read "**${name}**${hedge}**<the English name>**)"` });
        } else if (!english.has(textOf(englishName).trim())) {
          problems.push({ line, message: `the hedge after "${name}" gives "${textOf(englishName)}" as the English name, but the English step has no "${textOf(englishName)}" in bold` });
        }
        // The English name inside the hedge is not a name of this language's app.
        before += textOf(child) + next.value + textOf(englishName ?? child);
        i += 2;
        continue;
      }
      if (!sourced.has(name) && !english.has(name)) {
        problems.push({
          line,
          message: `"${name}" is a menu name that none of this step's menu sources prints (add it to a source's "names:") and that is not hedged ("**${name}**${hedge}**<the English name>**)")`,
        });
      }
      before += textOf(child);
    }
  });
  return problems;
}
