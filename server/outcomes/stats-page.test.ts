// The /stats fragment as a reader meets it: order, figures, escaping, links and the empty case.
import { describe, expect, it } from "vitest";
// Plain JavaScript typed with JSDoc, run by Node as it is.
import { renderStats } from "./stats-page.js";
import { summarise, wilson } from "./summary.js";

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
const html = renderStats({ summary: summarise(tallies, map, range), labels, days: { first: "2026-10-03", last: "2026-11-30" } });

/** The text of each <tr> whose row header is `name`, cells joined by "|". */
const rows = (fragment: string, name: string) =>
  [...fragment.matchAll(/<tr>(.*?)<\/tr>/g)]
    .map((m) => [...(m[1] ?? "").matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]).join("|"))
    .filter((row) => row.startsWith(`${name}|`));

describe("renderStats", () => {
  it("charts the fixes in walk order, then lists the other steps", () => {
    const headings = [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(["Clear TikTok&#39;s cache", "&lt;script&gt;alert(1)&lt;/script&gt; Reinstall", "Other steps"]);
    expect(rows(html, "Which phone?")).toEqual(["Which phone?|30"]);
  });

  it("gives the figures and the Wilson interval of a known case", () => {
    // 12 of 40 by hand: p = 0.3, z = 1.96; centre (0.3 + z²/80) / (1 + z²/40) = 0.3175, half-width 0.1368.
    const [low, high] = wilson(12, 40) ?? [];
    expect(low).toBeCloseTo(0.1807, 4);
    expect(high).toBeCloseTo(0.4543, 4);
    expect(html).toContain(">12 of 40 (30%)</text>");
    expect(rows(html, "All readers")[0]).toBe("All readers|40|12|30%|18%–45%");
    expect(html).toMatch(/aria-label="Clear TikTok&#39;s cache: worked for 12 of 40 readers who answered, 30%; 95% interval 18% to 45%\./);
  });

  it("splits by phone and by symptom, with answers before a choice last", () => {
    const cache = html.slice(html.indexOf('id="fix-cache"'), html.indexOf('id="fix-reinstall"'));
    const phones = [...cache.matchAll(/<th scope="row"[^>]*>(.*?)<\/th>/g)].map((m) => m[1]);
    expect(phones).toEqual(["All readers", "Android", "iPhone or iPad", "Before choosing", "My likes flip back to unliked", "My likes are missing", "Before choosing"]);
    expect(rows(cache, "Android")).toEqual(["Android|20|8|40%|22%–61%"]);
    expect(cache).toContain(">8 of 20 (40%)</text>");
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
    const tables = [...html.matchAll(/<table[^>]*>(.*?)<\/table>/g)].map((m) => m[1] ?? "");
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(table).toMatch(/^<caption[^>]*>[^<]+<\/caption>/);
      expect(table).toMatch(/<th scope="col"/);
      expect(table).toMatch(/<th scope="row"/);
    }
    expect(html.match(/<div class="overflow-x-auto"><table/g)).toHaveLength(3);
  });

  it("fills the date form from the range and links the downloads to it", () => {
    expect(html).toMatch(/<form method="get" action="\/stats"/);
    expect(html).toMatch(/<input type="date" name="from" value="2026-11-01" min="2026-10-03" max="2026-11-30"/);
    expect(html).toMatch(/<input type="date" name="to" value="2026-11-25" min="2026-10-03" max="2026-11-30"/);
    expect(html).toContain('href="/api/outcomes/summary.csv?from=2026-11-01&amp;to=2026-11-25"');
    expect(html).toContain('href="/api/outcomes/summary?from=2026-11-01&amp;to=2026-11-25"');
    const onlyFrom = renderStats({ summary: summarise(tallies, map, { from: "2026-11-01" }), labels });
    expect(onlyFrom).toContain('href="/api/outcomes/summary.csv?from=2026-11-01"');
    expect(onlyFrom).not.toMatch(/ min=/);
  });

  it("says so when no fix was answered in the range, and shows only the form", () => {
    const empty = renderStats({ summary: summarise(tallies.filter((t) => t.step === "device"), map, range), labels });
    expect(empty).toContain("No answers to any fix were counted from 2026-11-01 to 2026-11-25.");
    expect(empty).toMatch(/<form method="get" action="\/stats"/);
    expect(empty).not.toMatch(/<svg|<table|Download CSV/);
  });

  it("falls back to the raw id when a label is missing", () => {
    const bare = renderStats({ summary: summarise(tallies, map, {}), labels: { steps: {}, devices: {}, symptoms: {} } });
    expect(bare).toMatch(/<h2[^>]*>cache<\/h2>/);
    expect(rows(bare, "android")).toHaveLength(2);
    expect(bare).toContain('href="/api/outcomes/summary.csv"');
  });

  it("gives the same string for the same input", () => {
    expect(renderStats({ summary: summarise(tallies, map, range), labels, days: { first: "2026-10-03", last: "2026-11-30" } })).toBe(html);
  });
});
