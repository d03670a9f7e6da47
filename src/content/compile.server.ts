import type { ContainerDirective } from "mdast-util-directive";
import type { Root, RootContent } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { parseDocument } from "yaml";
import { devices, type Device } from "../wizard/machine.ts";
import { frontMatterSchema, type FrontMatter } from "./schema.ts";

/** A mistake in a content file, with the line it is on (1-based). */
export interface ContentProblem {
  line: number;
  message: string;
}

export interface ParsedStep {
  meta: FrontMatter;
  tree: Root;
  problems: ContentProblem[];
  /** Which device blocks the body has. */
  deviceBlocks: Device[];
  /** Internal links, for the caller to check against the machine's URLs. */
  links: Array<{ href: string; line: number }>;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkDirective);
const renderer = unified()
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify);

function lineOfKey(source: string, key: string): number {
  const lines = source.split("\n");
  const at = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
  return at < 0 ? 1 : at + 1;
}

function isDevice(name: string): name is Device {
  return (devices as readonly string[]).includes(name);
}

/** Parses one step file and lists every mistake in it; never throws on bad content. */
export function parseStep(source: string): ParsedStep {
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
  const links: ParsedStep["links"] = [];
  const body = tree.children.filter((node) => node.type !== "yaml");
  if (body.length === 0) problems.push({ line: 1, message: "has no text after the front matter" });

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "html") {
      problems.push({ line, message: `raw HTML is not allowed in content ("${node.value.slice(0, 40)}")` });
    } else if (node.type === "containerDirective" && isDevice(node.name)) {
      deviceBlocks.push(node.name);
    } else if (node.type === "containerDirective" || node.type === "leafDirective" || node.type === "textDirective") {
      const colons = node.type === "containerDirective" ? ":::" : node.type === "leafDirective" ? "::" : ":";
      problems.push({ line, message: `unknown directive "${colons}${node.name}" (only :::${devices.join(" and :::")} blocks are allowed)` });
    } else if (node.type === "link" || node.type === "definition") {
      if (node.url.startsWith("/")) links.push({ href: node.url, line });
      else if (/^\s*(javascript|data|vbscript):/i.test(node.url)) problems.push({ line, message: `unsafe link "${node.url}"` });
    } else if (node.type === "image") {
      problems.push({ line, message: "images are not allowed in step content" });
    }
  });

  return {
    meta: result.success ? result.data : ({} as FrontMatter),
    tree,
    problems,
    deviceBlocks,
    links,
  };
}

/** Keeps the text for everyone plus the block for this device; drops the other device's block. */
function selectDevice(nodes: RootContent[], device: Device | undefined): RootContent[] {
  return nodes.flatMap((node) => {
    if (node.type === "yaml") return [];
    if (node.type !== "containerDirective") return [node];
    const block = node as ContainerDirective;
    return block.name === device ? (block.children as RootContent[]) : [];
  });
}

/** The step's prose as sanitised HTML, tailored to the device when one is known. */
export function renderStep(parsed: ParsedStep, device: Device | undefined): string {
  const tree: Root = { type: "root", children: selectDevice(parsed.tree.children, device) };
  return renderer.stringify(renderer.runSync(structuredClone(tree)));
}
