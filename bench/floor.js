// The "floor" for `npm run bench`: a prerendered page reduced to plain static HTML with the same
// visible text. No script, stylesheet, preload, image, SVG or inline style; only a small set of
// structural tags without attributes (links keep their href), and a head with the page's title,
// description and viewport (and an empty data: icon, so no favicon request 404s).
// Lighthouse on it shows what the text alone costs.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import sirv from "sirv";
import { HOST } from "../lib/testing/ports.js";
import { onCleanUp } from "./processes.js";

/** Tags kept (without attributes); anything else is unwrapped (its text kept). */
const KEEP = new Set(
  "main header footer nav article section aside h1 h2 h3 h4 h5 h6 p ul ol li a strong em b i code pre blockquote dl dt dd table thead tbody tr th td small time".split(" "),
);
/** Dropped with everything inside: not visible text. */
const DROP = new Set(["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "button", "dialog", "head"]);
const VOID = new Set("area base br col embed hr img input link meta source track wbr".split(" "));

/** The value of attribute `name` ("" when it has none), or undefined when absent. */
function attr(/** @type {string} */ attrs, /** @type {string} */ name) {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, "i").exec(attrs);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : undefined;
}

/** Not shown to a sighted reader: hidden, aria-hidden, or the sr-only utility. */
function invisible(/** @type {string} */ attrs) {
  return (
    attr(attrs, "hidden") !== undefined ||
    attr(attrs, "aria-hidden") === "true" ||
    /(?:^|\s)sr-only(?:\s|$)/.test(attr(attrs, "class") ?? "")
  );
}

/**
 * @param {string} html a prerendered page
 * @returns {string} the static floor page
 */
export function floorPage(html) {
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? "";
  const description = /<meta\s+name="description"\s+content="([^"]*)"/i.exec(html)?.[1] ?? "";
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? "en";
  const bodyStart = html.search(/<body[\s>]/i);
  const body = bodyStart >= 0 ? html.slice(html.indexOf(">", bodyStart) + 1).replace(/<\/body>[\s\S]*$/i, "") : html;

  /** @type {Array<{ tag: string, mode: "keep" | "unwrap" | "drop" }>} */
  const stack = [];
  let dropping = 0;
  let out = "";
  const token = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+|<)/g;
  for (let m; (m = token.exec(body)); ) {
    const [, closing, rawTag, attrs = "", text] = m;
    if (text !== undefined) {
      if (!dropping) out += text;
      continue;
    }
    if (!rawTag) continue; // comment
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.findLastIndex((entry) => entry.tag === tag);
      if (at < 0) continue;
      for (const entry of stack.splice(at).reverse()) {
        if (entry.mode === "drop") dropping--;
        else if (entry.mode === "keep" && !dropping) out += `</${entry.tag}>`;
      }
      continue;
    }
    const selfClosing = VOID.has(tag) || /\/\s*$/.test(attrs);
    if (selfClosing) {
      if (!dropping && (tag === "br" || tag === "hr")) out += `<${tag}>`;
      continue;
    }
    const mode = dropping || DROP.has(tag) || invisible(attrs) ? "drop" : KEEP.has(tag) ? "keep" : "unwrap";
    stack.push({ tag, mode });
    if (mode === "drop") dropping++;
    else if (mode === "keep") {
      const href = tag === "a" ? attr(attrs, "href") : undefined;
      out += href !== undefined ? `<a href="${href}">` : `<${tag}>`;
    }
  }
  const text = out.replace(/\n\s*\n+/g, "\n").trim();
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
<link rel="icon" href="data:,">
</head>
<body>
${text}
</body>
</html>
`;
}

/**
 * Writes each page's floor (and its .gz/.br, as the app has) and serves them with sirv on `port`
 * until clean-up.
 * @param {string} siteDir @param {string} floorDir @param {readonly string[]} pages @param {number} port
 */
export async function startFloor(siteDir, floorDir, pages, port) {
  for (const page of pages) {
    const html = readFileSync(path.join(siteDir, page === "/" ? "index.html" : `${page.slice(1)}/index.html`), "utf8");
    const dir = path.join(floorDir, page);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "index.html");
    const floor = Buffer.from(floorPage(html));
    writeFileSync(file, floor);
    writeFileSync(`${file}.gz`, zlib.gzipSync(floor, { level: 9 }));
    writeFileSync(`${file}.br`, zlib.brotliCompressSync(floor));
  }
  const serve = sirv(floorDir, { gzip: true, brotli: true, etag: true });
  const server = http.createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end("Not found");
    }),
  );
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, HOST, () => resolve(undefined)));
  onCleanUp(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  );
}
