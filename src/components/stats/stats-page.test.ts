// /stats as a reader meets it: order, figures, escaping, links, the empty case, a bad day and the
// menu flags, through the same entry the server renders with.
import { describe, expect, expectTypeOf, it } from "vitest";
import { renderStatsSection, type StatsPageProps } from "@/render-stats.server";
import type { StatsPageProps as ServerProps } from "../../../server/stats-build.js";
import { summarise, wilson } from "../../../server/outcomes/summary.js";
import { REASONS } from "@/components/menu-flag";

const map = { version: 1 as const, order: ["symptom", "device", "cache", "reinstall", "support"], fixes: ["cache", "reinstall"], steps: {} };
const tallies = [
  // Listed out of walk order on purpose: the page must follow the walk, not the tallies.
  { step: "reinstall", symptom: "unliking", device: "android", answered: 10, worked: 5 },
  { step: "cache", symptom: "unliking", device: "android", answered: 20, worked: 8 },
  { step: "cache", symptom: "missing", device: "iphone", answered: 12, worked: 3 },
  { step: "cache", symptom: null, device: null, answered: 8, worked: 1 },
  { step: "device", symptom: "unliking", device: null, answered: 30, worked: 0 },
];
const labels = {
  steps: { cache: "Clear TikTok's cache", reinstall: "<script>alert(1)</script> Reinstall", device: "Which phone?" },
  devices: { android: "Android", iphone: "iPhone or iPad" },
  symptoms: { unliking: "My likes flip back to unliked", missing: "My likes are missing", dropping: "Like counts drop" },
};
const range = { from: "2026-11-01", to: "2026-11-25" };
const days = { first: "2026-10-03", last: "2026-11-30" };
const render = (props: Partial<StatsPageProps> = {}) =>
  renderStatsSection({ summary: summarise(tallies, map, range), labels, days, flags: [], flagWeeks: 8, ...props });
const html = render();

/** Markup to the text a reader sees. */
const text = (fragment: string) =>
  fragment
    .replace(/<[^>]*>/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const all = (fragment: string, pattern: RegExp) => [...fragment.matchAll(pattern)].map((m) => text(m[1] ?? ""));
/** The text of each row whose row header is `name`, cells joined by "|". */
const rows = (fragment: string, name: string) =>
  [...fragment.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => all(m[1] ?? "", /<t[hd][^>]*>(.*?)<\/t[hd]>/g).join("|")).filter((row) => row.startsWith(`${name}|`));

describe("the /stats page", () => {
  it("is the frame's one section, so the server can put it in the frame's place", () => {
    expect(html).toMatch(/^<section data-page="stats"[^>]*>/);
    expect(html).toMatch(/<\/section>$/);
    expect(all(html, /<h1[^>]*>(.*?)<\/h1>/g)).toEqual(["Which fixes work"]);
  });

  it("charts the fixes in walk order, then lists the other steps and the menu flags", () => {
    expect(all(html, /<h2[^>]*>(.*?)<\/h2>/g)).toEqual(["Clear TikTok's cache", "<script>alert(1)</script> Reinstall", "Other steps", "Menus readers say have changed"]);
    expect(rows(html, "Which phone?")).toEqual(["Which phone?|30"]);
  });

  it("gives the figures and the Wilson interval of a known case", () => {
    // 12 of 40 by hand: p = 0.3, z = 1.96; centre (0.3 + z²/80) / (1 + z²/40) = 0.3175, half-width 0.1368.
    const [low, high] = wilson(12, 40) ?? [];
    expect(low).toBeCloseTo(0.1807, 4);
    expect(high).toBeCloseTo(0.4543, 4);
    expect(all(html, /<text[^>]*>(.*?)<\/text>/g)).toContain("12 of 40 (30%)");
    expect(rows(html, "All readers")[0]).toBe("All readers|40|12|30%|18%–45%");
    expect(text(html.match(/aria-label="([^"]*)"/)?.[1] ?? "")).toMatch(/^Clear TikTok's cache: worked for 12 of 40 readers who answered, 30%; 95% interval 18% to 45%\./);
  });

  it("splits by phone and by symptom, with answers before a choice last", () => {
    const cache = html.slice(html.indexOf('id="fix-cache"'), html.indexOf('id="fix-reinstall"'));
    expect(all(cache, /<th scope="row"[^>]*>(.*?)<\/th>/g)).toEqual([
      "All readers",
      "Android",
      "iPhone or iPad",
      "Before choosing",
      "My likes flip back to unliked",
      "My likes are missing",
      "Before choosing",
    ]);
    expect(rows(cache, "Android")).toEqual(["Android|20|8|40%|22%–61%"]);
    expect(all(cache, /<text[^>]*>(.*?)<\/text>/g)).toContain("8 of 20 (40%)");
  });

  it("escapes labels from content", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Reinstall");
  });

  it("uses no inline styles, which the Content-Security-Policy would block", () => {
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/<style/i);
  });

  it("draws each chart as a scalable image with its figures in words", () => {
    const svgs = [...html.matchAll(/<svg [^>]*>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      expect(svg).toMatch(/role="img"/);
      expect(svg).toMatch(/aria-label="[^"]+ of [^"]+"/);
      expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
      expect(svg).toMatch(/class="[^"]*\bw-full\b[^"]*"/);
    }
  });

  it("gives every table a caption, column headers and row headers, and lets it scroll on its own", () => {
    const withFlags = render({ flags: [{ step: "cache", reason: "name", count: 1 }] });
    const tables = [...withFlags.matchAll(/<table[^>]*>(.*?)<\/table>/g)].map((m) => m[1] ?? "");
    expect(tables).toHaveLength(4);
    for (const table of tables) {
      expect(table).toMatch(/^<caption[^>]*>[^<]+<\/caption>/);
      expect(table).toMatch(/<th scope="col"/);
      expect(table).toMatch(/<th scope="row"/);
    }
    expect(withFlags.match(/<div class="overflow-x-auto"><table/g)).toHaveLength(4);
  });

  it("fills the date form from the range and links the downloads to it", () => {
    expect(html).toMatch(/<form [^>]*action="\/stats"[^>]*>/);
    expect(html).toMatch(/<form [^>]*method="get"/);
    const inputs = [...html.matchAll(/<input [^>]*>/g)].map((m) => m[0]);
    expect(inputs).toHaveLength(2);
    for (const [input, name, value] of [[inputs[0], "from", "2026-11-01"], [inputs[1], "to", "2026-11-25"]]) {
      expect(input).toMatch(/type="date"/);
      expect(input).toContain(`name="${name}"`);
      expect(input).toContain(`value="${value}"`);
      expect(input).toContain('min="2026-10-03"');
      expect(input).toContain('max="2026-11-30"');
    }
    expect(html).toContain('href="/api/outcomes/summary.csv?from=2026-11-01&amp;to=2026-11-25"');
    expect(html).toContain('href="/api/outcomes/summary?from=2026-11-01&amp;to=2026-11-25"');
    const onlyFrom = render({ summary: summarise(tallies, map, { from: "2026-11-01" }), days: undefined });
    expect(onlyFrom).toContain('href="/api/outcomes/summary.csv?from=2026-11-01"');
    expect(onlyFrom).not.toMatch(/ min=/);
    expect(all(html, /<button[^>]*>(.*?)<\/button>/g)).toEqual(["Show"]);
  });

  it("says so when no fix was answered in the range, and shows only the form and the menu flags", () => {
    const empty = render({ summary: summarise(tallies.filter((t) => t.step === "device"), map, range) });
    expect(text(empty)).toContain("No answers to any fix were counted from 2026-11-01 to 2026-11-25.");
    expect(empty).toMatch(/<form [^>]*action="\/stats"/);
    expect(empty).not.toMatch(/<svg|<table|Download CSV/);
    expect(text(empty)).toContain("No reader has said a menu looked different in the last 8 weeks.");
  });

  it("says what is wrong with a day that is not one, under the heading", () => {
    const bad = render({ summary: summarise(tallies, map, {}), error: '"from" must be a day as YYYY-MM-DD.' });
    expect(all(bad, /<h1[^>]*>.*?<\/h1><p role="alert"[^>]*>(.*?)<\/p>/g)).toEqual(['"from" must be a day as YYYY-MM-DD. Showing every day instead.']);
    expect(html).not.toContain('role="alert"');
  });

  it("lists the steps flagged most, most first, with a column per reason in the step's own words", () => {
    const flags = [
      { step: "cache", reason: "name", count: 2 },
      { step: "reinstall", reason: "order", count: 3 },
      { step: "cache", reason: "missing", count: 2 },
      ...Array.from({ length: 12 }, (_, i) => ({ step: `other-${String(i).padStart(2, "0")}`, reason: "name", count: 1 })),
    ];
    const flagged = render({ flags });
    const table = flagged.slice(flagged.indexOf('id="menu-flags"'));
    expect(all(table, /<th scope="col"[^>]*>(.*?)<\/th>/g)).toEqual(["Step", ...REASONS.map(([, words]) => words)]);
    const listed = all(table, /<th scope="row"[^>]*>(.*?)<\/th>/g);
    expect(listed.slice(0, 3)).toEqual(["Clear TikTok's cache", "<script>alert(1)</script> Reinstall", "other-00"]);
    expect(listed).toHaveLength(10);
    expect(rows(table, "Clear TikTok's cache")).toEqual(["Clear TikTok's cache|2|2|0"]);
  });

  it("falls back to the raw id when a label is missing", () => {
    const bare = render({ summary: summarise(tallies, map, {}), labels: { steps: {}, devices: {}, symptoms: {} } });
    expect(all(bare, /<h2[^>]*>(.*?)<\/h2>/g)[0]).toBe("cache");
    expect(rows(bare, "android")).toHaveLength(2);
    expect(bare).toContain('href="/api/outcomes/summary.csv"');
  });

  it("gives the same markup for the same input", () => {
    expect(render()).toBe(html);
  });

  it("takes what the server hands it (server/stats-build.js)", () => {
    expectTypeOf<ServerProps>().toEqualTypeOf<StatsPageProps>();
  });
});
