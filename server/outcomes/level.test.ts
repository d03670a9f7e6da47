// The live level's rule: given counts, which of the three levels, or none.
import { describe, expect, it } from "vitest";
import { assess, hourOf, poissonTail, readingAt, recentHours, RULE } from "./level.js";

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

describe("the chance of so many reports in an ordinary hour", () => {
  it("is the Poisson upper tail (checked against known values)", () => {
    // P(X ≥ 1 | λ = 1) = 1 − e⁻¹; P(X ≥ 3 | λ = 2) = 1 − 5e⁻²; P(X ≥ 10 | λ = 3) ≈ 0.001102.
    expect(poissonTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(poissonTail(3, 2)).toBeCloseTo(1 - 5 * Math.exp(-2), 12);
    expect(poissonTail(10, 3)).toBeCloseTo(0.0011025, 6);
    expect(poissonTail(0, 5)).toBe(1);
  });

  it("stays sound where e^−λ underflows (a busy hour)", () => {
    // λ = 1000: a count at the mean is about an even chance, four standard deviations up is rare.
    expect(poissonTail(1000, 1000)).toBeGreaterThan(0.45);
    expect(poissonTail(1000, 1000)).toBeLessThan(0.55);
    expect(poissonTail(1130, 1000)).toBeLessThan(0.0002);
  });
});

describe("the level of one symptom", () => {
  const enough = { weeks: 4, history: 500 };

  it("says nothing at all without enough history, however many reports there are", () => {
    expect(assess({ reports: 500, usual: 1, weeks: RULE.minWeeks - 1, history: 5000 }).level).toBe("unknown");
    expect(assess({ reports: 500, usual: 1, weeks: 8, history: RULE.minHistory - 1 }).level).toBe("unknown");
  });

  it("is 'normal' for counts near the usual, and for none at all", () => {
    expect(assess({ reports: 7, usual: 6, ...enough }).level).toBe("normal");
    expect(assess({ reports: 0, usual: 6, ...enough }).level).toBe("normal");
  });

  it("is 'high' for far more than usual, and says how many times", () => {
    const reading = assess({ reports: 142, usual: 23.7, ...enough });
    expect(reading.level).toBe("high");
    expect(reading.ratio).toBeCloseTo(6, 0);
  });

  it("is 'raised' for clearly more than usual but not enough to call it", () => {
    expect(assess({ reports: 14, usual: 5, ...enough }).level).toBe("raised");
  });

  it("needs a minimum count: a few reports in a quiet hour are not an outage", () => {
    // 9 against a usual of 0.5 is very unlikely by chance, but 9 readers are not a wider problem.
    const reading = assess({ reports: 9, usual: 0.1, ...enough });
    expect(reading.chance).toBeLessThan(RULE.raisedChance);
    expect(reading.level).toBe("normal");
  });
});

describe("a reading from counts per hour", () => {
  const now = Date.UTC(2026, 11, 4, 18, 15); // a quarter past the hour
  const current = hourOf(now);
  const steady = (perHour: number, weeks: number) => {
    const hours = new Map<number, number>();
    for (let h = current - weeks * WEEK - HOUR; h < current - HOUR; h += HOUR) hours.set(h, perHour);
    return hours;
  };

  it("compares the last 60 minutes with the same 60 minutes of the past weeks", () => {
    const hours = steady(4, 3);
    hours.set(current - HOUR, 40);
    hours.set(current, 100);
    // This hour so far (100) and the last three quarters of the one before (¾ × 40).
    const reading = readingAt(hours, now, current - 3 * WEEK - HOUR);
    expect(reading).toMatchObject({ level: "high", reports: 130, weeks: 3 });
    expect(reading.usual).toBeCloseTo(4 * 0.25 + 4 * 0.75, 6);
  });

  it("does not count weeks before counting began as weeks of zero", () => {
    const hours = steady(4, 1);
    expect(readingAt(hours, now, current - WEEK).level).toBe("unknown");
    expect(readingAt(hours, now, undefined).level).toBe("unknown");
  });

  it("gives the last 48 hours with the usual count of each (none without two weeks)", () => {
    const hours = steady(3, 2);
    hours.set(current, 9);
    const chart = recentHours(hours, now, current - 2 * WEEK);
    expect(chart).toHaveLength(48);
    expect(chart.at(-1)).toEqual({ hour: new Date(current).toISOString(), reports: 9, usual: 3 });
    expect(recentHours(hours, now, current - WEEK).at(-1)?.usual).toBeNull();
  });
});
