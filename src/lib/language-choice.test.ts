import { describe, expect, test } from "vitest";
import { choiceKey, chosenLanguage, languageToOffer, preferredLanguage, rememberLanguage } from "./language-choice";

/** A localStorage stand-in; `broken` throws on every call, as Safari's private mode once did. */
function storage(initial: Record<string, string> = {}, broken = false) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => {
      if (broken) throw new Error("SecurityError");
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (broken) throw new Error("QuotaExceededError");
      items.set(key, value);
    },
  };
}

describe("the start page offers the reader's own language", () => {
  test("a browser set to Spanish of any country is offered the Spanish guide on the English start page", () => {
    for (const browser of [["es"], ["es-MX", "en"], ["ES-419"], ["fr-FR", "es-AR", "en"]]) {
      expect(languageToOffer("en", browser, undefined), browser.join(",")).toBe("es");
    }
  });

  test("a browser that puts English first is not offered Spanish, even if Spanish comes next", () => {
    expect(languageToOffer("en", ["en-US", "es-MX"], undefined)).toBeUndefined();
    expect(languageToOffer("en", ["fr", "de"], undefined)).toBeUndefined();
    expect(languageToOffer("en", [], undefined)).toBeUndefined();
  });

  test("the Spanish start page offers English to an English browser, and nothing to a Spanish one", () => {
    expect(languageToOffer("es", ["en-GB", "es"], undefined)).toBe("en");
    expect(languageToOffer("es", ["es-CO"], undefined)).toBeUndefined();
  });

  test("once the reader has chosen a language, nothing is offered again", () => {
    expect(languageToOffer("en", ["es-MX"], "en")).toBeUndefined();
    expect(languageToOffer("en", ["es-MX"], "es")).toBeUndefined();
  });

  test("reads back a remembered choice, and treats damaged or blocked storage as no choice", () => {
    const kept = storage();
    rememberLanguage(kept, "es");
    expect(kept.items.get(choiceKey)).toBe("es");
    expect(chosenLanguage(kept)).toBe("es");
    expect(chosenLanguage(storage({ [choiceKey]: "klingon" }))).toBeUndefined();
    expect(chosenLanguage(storage({ [choiceKey]: '{"lang":"es"' }))).toBeUndefined();
    expect(chosenLanguage(storage({}, true))).toBeUndefined();
    expect(() => rememberLanguage(storage({}, true), "en")).not.toThrow();
    expect(preferredLanguage(["zz", "EN-us"])).toBe("en");
  });
});
