import { expect, it } from "vitest";
import { buildReport } from "./report";

const date = new Date("2026-11-24T12:00:00Z");

it("lists the symptom, the phone, the quick check, the date, every fix tried with its answer, and the link", () => {
  const report = buildReport({
    symptom: "My likes flip back to unliked",
    device: "Android",
    check: "None of these, or I only use one phone",
    tried: [
      { title: "Check your connection", answer: "No, still happening" },
      { title: "Update TikTok", answer: "No, still happening" },
    ],
    date,
    url: "https://example.org/unliking/android/support",
  });
  expect(report.split("\n")).toEqual([
    "Problem with likes on TikTok",
    "",
    "What happens: My likes flip back to unliked",
    "Phone: Android",
    "Quick check: None of these, or I only use one phone",
    "Date: 24 November 2026",
    "",
    "What I have already tried:",
    "1. Check your connection: No, still happening",
    "2. Update TikTok: No, still happening",
    "",
    "Steps I followed: https://example.org/unliking/android/support",
  ]);
});

it("says plainly when nothing was tried or a detail is unknown", () => {
  const report = buildReport({ tried: [], date, url: "https://example.org/x" });
  expect(report).toContain("What happens: not given");
  expect(report).toContain("Phone: not given");
  expect(report).toContain("I have not tried any fixes yet.");
  expect(report).not.toContain("Quick check");
});
