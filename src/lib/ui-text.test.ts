import { describe, expect, it } from "vitest";
import { languages, type Language } from "@/content/languages";
import { evidenceSentence, liveSentence } from "./live-counts";
import { buildReport } from "./report";
import { connectionText } from "./text/connection";
import { countsText } from "./text/counts";
import { languageOfferText } from "./text/language-offer";
import { reportText } from "./text/report";
import { sitePagesText } from "./text/site-pages";
import { en } from "./ui-text";
import { es as spanish } from "./ui-text-es";

/** Every text of a language: the frame's, and each part's own (src/lib/text/). */
const all = (lang: Language) => ({
  ...(lang === "en" ? en : spanish),
  ...countsText[lang],
  ...sitePagesText[lang],
  ...languageOfferText[lang],
  report: reportText[lang],
  connection: connectionText[lang],
});
const uiText = { en: all("en"), es: all("es") };

/** Every text of a language, by its path ("share.heading"). */
function textsOf(group: object, prefix = ""): Map<string, unknown> {
  const texts = new Map<string, unknown>();
  for (const [key, value] of Object.entries(group)) {
    const path = prefix + key;
    if (typeof value === "object" && value !== null) for (const [p, v] of textsOf(value, `${path}.`)) texts.set(p, v);
    else texts.set(path, value);
  }
  return texts;
}

const english = textsOf(uiText.en);
const others = languages.filter((lang) => lang !== "en");

/** Spanish that is rightly the same as the English: names, and words both languages share. */
const sameInBoth = new Set(["notFound.kicker", "connection.no"]);

/** Sample parameters for each parameterised text; a new one needs its samples here. */
const samples: Record<string, unknown[][]> = {
  "format.number": [[1203], [1]],
  "format.readers": [
    [1, "1"],
    [142, "142"],
  ],
  "steps.progress": [[3, 8]],
  "steps.showInstead": [["iPhone"]],
  "resume.youWereOn": [["Update TikTok"]],
  "share.qrLabel": [["https://example.org/unliking/android/cache"]],
  "report.whatHappens": [["My likes flip back to unliked"]],
  "report.phone": [["Android"]],
  "report.quickCheck": [["None of these"]],
  "report.date": [[new Date("2026-11-24T12:00:00Z")]],
  "report.stepsFollowed": [["https://example.org/x"]],
  "connection.roundTripValue": [[240, 5]],
  "live.reported": [
    ["142 readers", 142, "this problem", "6"],
    ["1 reader", 1, "this problem", "2.4"],
  ],
  "live.high": [["142 readers reported this problem"]],
  "live.raised": [["142 readers reported this problem"]],
  "evidence.worked": [
    [{ share: "41%", readers: "1,203 readers", n: 1203, days: 90, low: "38%", high: "44%" }],
    [{ share: "75%", readers: "40 readers", n: 40, device: "Android", days: 90, low: "60%", high: "86%" }],
  ],
  "sources.and": [["Adweek"], ["Infobae"]],
  "allFixes.on": [["Android"]],
  "allFixes.openStep": [[], ["iPhone"]],
};

describe.each(others)("the site's own words in %s", (lang) => {
  const texts = textsOf(uiText[lang]);

  it("has every English text, of the same kind, and nothing English does not have", () => {
    for (const [path, value] of english) {
      expect(texts.has(path), path).toBe(true);
      expect(typeof texts.get(path), path).toBe(typeof value);
    }
    expect([...texts.keys()].filter((path) => !english.has(path))).toEqual([]);
  });

  it("fills in every text", () => {
    for (const [path, value] of texts) if (typeof value === "string") expect(value.trim(), path).not.toBe("");
  });

  it("is translated: no text the same as the English, but for a few words both languages share", () => {
    const same = [...texts].filter(([path, value]) => typeof value === "string" && value === english.get(path)).map(([path]) => path);
    expect(same.filter((path) => !sameInBoth.has(path))).toEqual([]);
  });

  it("makes words from every parameterised text, different from the English ones", () => {
    for (const [path, value] of texts) {
      if (typeof value !== "function") continue;
      expect(samples[path], `samples for ${path}`).toBeDefined();
      for (const args of samples[path]!) {
        const text: unknown = value(...args);
        expect(typeof text, path).toBe("string");
        expect((text as string).trim(), path).not.toBe("");
        // Numbers are written alike in both languages ("1,203").
        if (!path.startsWith("format.number")) expect(text, path).not.toBe((english.get(path) as (...a: unknown[]) => string)(...args));
      }
    }
  });
});

describe("the English words", () => {
  it("have samples for each parameterised text, which give words", () => {
    for (const [path, value] of english) {
      if (typeof value !== "function") continue;
      expect(samples[path], `samples for ${path}`).toBeDefined();
      for (const args of samples[path]!) expect((value as (...a: unknown[]) => string)(...args).trim(), path).not.toBe("");
    }
  });
});

describe("Spanish, in a few cases that need care", () => {
  const es = uiText.es;
  it("agrees the verb with the number of readers", () => {
    expect(es.live.reported(es.format.readers(1, "1"), 1, es.live.thisProblem, "2")).toMatch(/^1 persona reportó este problema/);
    expect(es.live.reported(es.format.readers(3, "3"), 3, es.live.thisProblem, "2")).toMatch(/^3 personas reportaron este problema/);
  });
  it("writes the report's date in Spanish", () => {
    expect(es.report.date(new Date(2026, 10, 24))).toBe("Fecha: 24 de noviembre de 2026");
  });
  it("gives whole sentences in the live and evidence lines and the report", () => {
    expect(liveSentence("unliking", { level: "high", reports: 1203, usual: 200, ratio: 6 }, countsText.es)).toBe(
      "1,203 personas reportaron me gusta que se quitan solos en la última hora, unas 6 veces lo normal para esta hora de la semana: lo más probable es que sea un problema de TikTok.",
    );
    const evidence = { from: "2026-09-06", days: 90, fixes: { cache: { all: null, byDevice: { android: { answered: 40, worked: 30, share: 0.75, interval: [0.6, 0.86] as [number, number] } } } } };
    expect(evidenceSentence(evidence, "cache", { id: "android", label: "Android" }, countsText.es)).toBe(
      "Funcionó para el 75% de 40 personas que lo probaron en Android en los últimos 90 días (probablemente entre 60% y 86%).",
    );
    expect(buildReport({ tried: [], url: "https://example.org/x" }, reportText.es).split("\n")).toEqual([
      "Problema con los me gusta en TikTok",
      "",
      "Qué pasa: sin indicar",
      "Teléfono: sin indicar",
      "",
      "Todavía no probé ningún arreglo.",
      "",
      "Pasos que seguí: https://example.org/x",
    ]);
  });
  it('says "e", not "y", before a name that starts with the sound "i"', () => {
    expect(es.sources.and("Infobae")).toBe(" e ");
    expect(es.sources.and("El Universal")).toBe(" y ");
  });
});
