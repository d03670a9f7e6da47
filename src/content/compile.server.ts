import type { Schema } from "hast-util-sanitize";
import type { ContainerDirective } from "mdast-util-directive";
import type { Nodes, Root, RootContent } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { parseDocument } from "yaml";
import { devices, symptoms, type Device, type Symptom } from "../wizard/machine.ts";
import { wordsOf, type Language } from "./languages.ts";
import { frontMatterSchema, type FrontMatter } from "./schema.ts";

/** A mistake in a content file, with the line it is on (1-based). */
export interface ContentProblem {
  line: number;
  message: string;
}

export interface ParsedStep {
  /** The language it is written in. */
  lang: Language;
  meta: FrontMatter;
  tree: Root;
  problems: ContentProblem[];
  /** Which device blocks the body has. */
  deviceBlocks: Device[];
  /** Which symptom blocks (`:::missing`) the body has, each with its line. */
  symptomBlocks: Array<{ symptom: Symptom; line: number }>;
  /** Where the first instruction (list) starts and the first warning, for steps that cost something. */
  firstInstructionLine?: number;
  firstWarningLine?: number;
  /** Internal links, for the caller to check against the machine's URLs. */
  links: Array<{ href: string; line: number }>;
  /** The line of the first menu path ("**Settings** → **Apps**"), if the step shows one. */
  menuPathLine?: number;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkDirective);

/** A `:::warning[Title]` block becomes a callout that says "Warning" in words (in the step's language), not by colour alone. */
function warningCallouts(word: string) {
  return (tree: Root) => {
    visit(tree, "containerDirective", (node) => {
      if (node.name !== "warning") return;
      const first = node.children[0];
      const label = first?.type === "paragraph" && first.data?.directiveLabel ? first : undefined;
      const title = { type: "paragraph", data: { hProperties: { className: ["warning-title"] } }, children: [
        { type: "strong", children: [{ type: "text", value: label ? `${word}: ` : word }, ...(label?.children ?? [])] },
      ] } as RootContent;
      node.children = [title as never, ...node.children.slice(label ? 1 : 0)];
      node.data = { hName: "div", hProperties: { className: ["warning"], role: "note" } };
    });
  };
}

const sanitizeSchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), ["className", "warning"], ["role", "note"]],
    p: [...(defaultSchema.attributes?.p ?? []), ["className", "warning-title"]],
  },
};

const rendererFor = (lang: Language) =>
  unified().use(warningCallouts, wordsOf[lang].warning).use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify);
const renderers = new Map<Language, ReturnType<typeof rendererFor>>();

/** The text of a markdown node and all inside it. */
export function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? (node.children as Nodes[]).map(textOf).join("") : "";
}

/** "Tap **Settings and privacy**": an instruction that names something on screen to press or open. */
function isMenuInstruction(item: Nodes, lang: Language): boolean {
  let found = false;
  visit(item, "paragraph", (paragraph) => {
    let before = "";
    for (const child of paragraph.children) {
      if (child.type === "strong" && wordsOf[lang].menuVerb.test(before)) found = true;
      before += textOf(child);
    }
  });
  return found;
}

/**
 * Walks the body in reading order: a warning covers what follows it in the same block (a warning
 * at the top covers the whole page, one inside :::android only Android's part). Instructions are
 * list items, so a risky list item with no warning before it is a problem.
 */
function checkWarnings(nodes: readonly RootContent[], warned: boolean, problems: ContentProblem[], lang: Language): void {
  for (const node of nodes) {
    if (node.type === "containerDirective" && node.name === "warning") warned = true;
    else if (node.type === "containerDirective") checkWarnings(node.children, warned, problems, lang);
    else if (node.type === "list") {
      for (const item of node.children) {
        const risky = wordsOf[lang].riskyAction.exec(textOf(item));
        if (risky && !warned) {
          problems.push({
            line: item.position?.start.line ?? 1,
            message: `tells the reader to "${risky[0]}" with no :::warning block before it (say what is lost and how to keep it first)`,
          });
        }
      }
    }
  }
}

function lineOfKey(source: string, key: string): number {
  const lines = source.split("\n");
  const at = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
  return at < 0 ? 1 : at + 1;
}

function isDevice(name: string): name is Device {
  return (devices as readonly string[]).includes(name);
}

function isSymptom(name: string): name is Symptom {
  return (symptoms as readonly string[]).includes(name);
}

const allowedBlocks = [...devices, ...symptoms, "warning"];

/** Parses one step file, written in `lang`, and lists every mistake in it; never throws on bad content. */
export function parseStep(source: string, lang: Language = "en"): ParsedStep {
  const problems: ContentProblem[] = [];
  const tree = parser.parse(source) as Root;
  const yamlNode = tree.children[0]?.type === "yaml" ? tree.children[0] : undefined;
  let data: unknown = {};
  if (!yamlNode) {
    problems.push({ line: 1, message: "has no front matter (a --- block with title, description and checked)" });
  } else {
    const doc = parseDocument(yamlNode.value);
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        problems.push({ line: (error.linePos?.[0].line ?? 0) + 1, message: `front matter is not valid YAML: ${error.message.split("\n")[0]}` });
      }
    } else {
      data = doc.toJS() ?? {};
    }
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success && problems.length === 0) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? ("keys" in issue ? issue.keys[0] : "") ?? "");
      problems.push({ line: lineOfKey(source, key), message: `front matter "${issue.path.join(".") || key}": ${issue.message}` });
    }
  }

  const deviceBlocks: Device[] = [];
  const symptomBlocks: ParsedStep["symptomBlocks"] = [];
  const links: ParsedStep["links"] = [];
  let menuPathLine: number | undefined;
  let firstInstructionLine: number | undefined;
  let firstWarningLine: number | undefined;
  const body = tree.children.filter((node) => node.type !== "yaml");
  if (body.length === 0) problems.push({ line: 1, message: "has no text after the front matter" });

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "html") {
      problems.push({ line, message: `raw HTML is not allowed in content ("${node.value.slice(0, 40)}")` });
    } else if (node.type === "containerDirective" && isDevice(node.name)) {
      deviceBlocks.push(node.name);
    } else if (node.type === "containerDirective" && isSymptom(node.name)) {
      symptomBlocks.push({ symptom: node.name, line });
    } else if (node.type === "containerDirective" && node.name === "warning") {
      firstWarningLine ??= line;
      if (node.children.every((child) => child.type === "paragraph" && child.data?.directiveLabel)) {
        problems.push({ line, message: "a :::warning block needs text: what is lost, and how to keep it" });
      }
    } else if (node.type === "containerDirective" || node.type === "leafDirective" || node.type === "textDirective") {
      const colons = node.type === "containerDirective" ? ":::" : node.type === "leafDirective" ? "::" : ":";
      problems.push({ line, message: `unknown directive "${colons}${node.name}" (only :::${allowedBlocks.join(", :::")} blocks are allowed)` });
    } else if ((node.type === "text" && node.value.includes("→")) || (node.type === "listItem" && isMenuInstruction(node, lang))) {
      menuPathLine ??= line;
    } else if (node.type === "list") {
      firstInstructionLine ??= line;
    } else if (node.type === "link" || node.type === "definition") {
      if (node.url.startsWith("/")) links.push({ href: node.url, line });
      else if (/^\s*(javascript|data|vbscript):/i.test(node.url)) problems.push({ line, message: `unsafe link "${node.url}"` });
    } else if (node.type === "image") {
      problems.push({ line, message: "images are not allowed in step content" });
    }
  });

  checkWarnings(body, false, problems, lang);

  return {
    lang,
    meta: result.success ? result.data : ({} as FrontMatter),
    tree,
    problems,
    deviceBlocks,
    symptomBlocks,
    links,
    menuPathLine,
    firstInstructionLine,
    firstWarningLine,
  };
}

/** Who the page is for: the phone and the symptom, where the URL knows them. */
export interface Reader {
  device?: Device;
  symptom?: Symptom;
  /**
   * With no symptom known (the every-fix page), each symptom's block is shown under its name:
   * the symptom question's own answer labels.
   */
  symptomLabels?: Partial<Record<Symptom, string>>;
}

/**
 * Keeps the text for everyone plus the blocks for this reader's device and symptom; drops the
 * others'. Blocks may sit inside each other (a symptom's test inside the Android part).
 */
function selectFor(nodes: RootContent[], reader: Reader): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === "yaml") return [];
    if (node.type !== "containerDirective") return [node];
    const block = node as ContainerDirective;
    const inner = () => selectFor(block.children as RootContent[], reader);
    if (isDevice(block.name)) return block.name === reader.device ? inner() : [];
    if (!isSymptom(block.name)) return [{ ...block, children: inner() } as RootContent];
    if (reader.symptom) return block.name === reader.symptom ? inner() : [];
    const label = reader.symptomLabels?.[block.name] ?? block.name;
    return [{ type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: `${label}:` }] }] }, ...inner()];
  });
}

/** The step's prose as sanitised HTML, tailored to the reader's device and symptom when known. */
export function renderStep(parsed: ParsedStep, reader: Reader | Device | undefined): string {
  const who = typeof reader === "string" ? { device: reader } : (reader ?? {});
  const tree: Root = { type: "root", children: selectFor(parsed.tree.children, who) };
  let renderer = renderers.get(parsed.lang);
  if (!renderer) renderers.set(parsed.lang, (renderer = rendererFor(parsed.lang)));
  return renderer.stringify(renderer.runSync(structuredClone(tree)));
}
