import { describe, expect, it } from "vitest";
import { stepMeta } from "@/content/library.server";
import { publicOrigin, stepPage } from "@/content/page.server";
import { allSteps, answersOf, findStep, snapshotOf } from "@/wizard/steps";
import { pageMeta } from "./page-meta";

const pages = [...allSteps().keys()].map((href) => stepPage(href)!);
/** The page's tags, as plain records: the <title>, each <meta>, the JSON-LD. */
const metaOf = (href: string) => pageMeta(stepPage(href)!) as Array<Record<string, unknown>>;
const titleOf = (href: string) => metaOf(href).find((tag) => "title" in tag)!.title as string;
const ogTitleOf = (href: string) => metaOf(href).find((tag) => tag.property === "og:title")!.content as string;
const label = (id: string, event: string) => stepMeta(id).answers![event]!;

describe("the title of each page", () => {
  it("is its own on every URL the machine reaches, in the tab and in a preview", () => {
    const titles = pages.map((page) => titleOf(page.href));
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(pages.map((page) => ogTitleOf(page.href))).size).toBe(pages.length);
  });
  it("names the phone wherever the URL has one, so the advice for that phone is what it says", () => {
    for (const page of pages.filter((p) => p.device)) expect(titleOf(page.href), page.href).toContain(label("device", `device.${page.device!.id}`));
    expect(titleOf("/unliking/android/cache")).toContain(`${stepMeta("cache").title} on ${label("device", "device.android")}`);
  });
  it("tells the same step on the same phone apart by the symptom or the quick check", () => {
    expect(titleOf("/unliking/android/cache")).toContain(label("symptom", "symptom.unliking"));
    expect(titleOf("/missing/android/cache")).toContain(label("symptom", "symptom.missing"));
    expect(titleOf("/unliking/too-fast/support")).toContain(label("quick-checks", "check.too-fast"));
    expect(titleOf("/unliking/android/no-reset/support")).toContain(label("reset", "answer.skip"));
  });
  it("says what worked on the page that says it worked", () => {
    expect(titleOf("/missing/privacy/fixed")).toContain(stepMeta("privacy").worked);
  });
  it("is the step's own title, with nothing added, where only one URL shows that step", () => {
    expect(ogTitleOf("/missing/privacy")).toBe(stepMeta("privacy").title);
  });
  it("leaves the heading as the step's own title", () => {
    for (const page of pages) expect(page.title).toBe(stepMeta(page.id).title);
  });
});

describe("the breadcrumbs of a step (JSON-LD)", () => {
  const breadcrumbsOf = (href: string) => metaOf(href).find((tag) => "script:ld+json" in tag)?.["script:ld+json"] as
    | { "@type": string; itemListElement: Array<{ position: number; name: string; item: string }> }
    | undefined;

  it("follow the walk from the start, one answer at a time, to the step itself", () => {
    for (const page of pages.filter((p) => p.href !== "/")) {
      const { "@type": type, itemListElement: items } = breadcrumbsOf(page.href)!;
      expect(type).toBe("BreadcrumbList");
      expect(items.map((item) => item.position)).toEqual(items.map((_, i) => i + 1));
      expect(items[0]!.item).toBe(`${publicOrigin}/`);
      expect(items.at(-1)).toMatchObject({ item: page.url, name: page.title });
      for (const item of items) expect(new URL(item.item).href).toBe(item.item);
      for (const [i, item] of items.slice(1).entries()) {
        const before = findStep(new URL(items[i]!.item).pathname)!;
        expect(answersOf(snapshotOf(before)).map((a) => publicOrigin + a.href), page.href).toContain(item.item);
      }
    }
  });
  it("from cache on Android: start, symptom, connection, quick checks, phone, update, cache", () => {
    const items = breadcrumbsOf("/unliking/android/cache")!.itemListElement;
    expect(items.map((item) => item.item.slice(publicOrigin.length))).toEqual([
      "/",
      "/symptom",
      "/unliking/connection",
      "/unliking/quick-checks",
      "/unliking/device",
      "/unliking/android/update",
      "/unliking/android/cache",
    ]);
  });
  it("are left out on the start page, where every walk begins", () => {
    expect(breadcrumbsOf("/")).toBeUndefined();
  });
});
