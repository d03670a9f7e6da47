import { beforeEach, describe, expect, it } from "vitest";
import { bodyOf, counting, enqueueOutcome, firstReport, MAX_QUEUED, queueKey, readQueue, reportedKey, sendQueued, settled, SYMPTOM_STEP } from "./outcomes";

function memoryStorage(initial?: string): Storage {
  const values = new Map<string, string>(initial === undefined ? [] : [[queueKey, initial]]);
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    clear: () => values.clear(),
    key: () => null,
    get length() {
      return values.size;
    },
  };
}

const NOW = Date.parse("2026-11-25T12:00:00Z");
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;

describe("the outcome queue on the phone", () => {
  let storage: Storage;
  beforeEach(() => {
    storage = memoryStorage();
  });

  it("keeps answers in order until they are sent", () => {
    enqueueOutcome(storage, "/symptom", "/unliking/connection", NOW, id());
    enqueueOutcome(storage, "/unliking/connection", "/unliking/quick-checks", NOW, id());
    expect(readQueue(storage, NOW).map((o) => o.to)).toEqual(["/unliking/connection", "/unliking/quick-checks"]);
  });

  it(`holds at most ${MAX_QUEUED}: a long offline walk drops the oldest answers, not the phone's storage`, () => {
    for (let i = 0; i < MAX_QUEUED + 5; i++) enqueueOutcome(storage, "/symptom", `/step-${i}`, NOW, id());
    const queue = readQueue(storage, NOW);
    expect(queue).toHaveLength(MAX_QUEUED);
    expect(queue[0]!.to).toBe("/step-5");
  });

  it("ignores a damaged or foreign value instead of failing", () => {
    for (const value of ["{", "null", '{"v":2,"items":[]}', '{"v":1,"items":"x"}', '{"v":1,"items":[{"id":"x","from":"/a","to":"/b","at":1}]}']) {
      expect(readQueue(memoryStorage(value), NOW)).toEqual([]);
    }
    const storage = memoryStorage("{");
    enqueueOutcome(storage, "/symptom", "/unliking/connection", NOW, id());
    expect(readQueue(storage, NOW)).toHaveLength(1);
  });

  it("drops answers older than a week: they would be counted on the wrong day", () => {
    enqueueOutcome(storage, "/symptom", "/unliking/connection", NOW - 8 * 24 * 3600 * 1000, id());
    expect(readQueue(storage, NOW)).toEqual([]);
  });

  it("sends each once, and keeps what the network or the server could not take for the next try", async () => {
    const ids = [id(), id(), id()];
    ids.forEach((i, k) => enqueueOutcome(storage, "/symptom", `/to-${k}`, Date.now(), i));
    const sent: string[] = [];
    // The first is stored, the second meets a server in trouble: the rest wait for the next chance.
    await sendQueued(storage, async (o) => (sent.push(o.id), o.id === ids[0] ? 201 : 503));
    expect(sent).toEqual([ids[0], ids[1]]);
    expect(readQueue(storage).map((o) => o.id)).toEqual([ids[1], ids[2]]);
    // Offline: nothing leaves the queue.
    await sendQueued(storage, async () => undefined);
    expect(readQueue(storage)).toHaveLength(2);
    // Back online: the same ids go again (the server counts a repeated id once).
    sent.length = 0;
    await sendQueued(storage, async (o) => (sent.push(o.id), 201));
    expect(sent).toEqual([ids[1], ids[2]]);
    expect(readQueue(storage)).toEqual([]);
  });

  it("sends what is tapped after a send that found the queue empty (a page load with nothing queued)", async () => {
    const sent: string[] = [];
    await sendQueued(storage, async (o) => (sent.push(o.to), 201));
    enqueueOutcome(storage, "/symptom", "/unliking/connection", Date.now(), id());
    await sendQueued(storage, async (o) => (sent.push(o.to), 201));
    expect(sent).toEqual(["/unliking/connection"]);
  });

  it("sends an answer tapped while an earlier one is on its way in the same run", async () => {
    enqueueOutcome(storage, "/symptom", "/unliking/connection", Date.now(), id());
    const sent: string[] = [];
    await sendQueued(storage, async (o) => {
      sent.push(o.to);
      // The reader taps the next answer while this one is in flight.
      if (sent.length === 1) enqueueOutcome(storage, "/unliking/connection", "/unliking/quick-checks", Date.now(), id());
      return 201;
    });
    expect(sent).toEqual(["/unliking/connection", "/unliking/quick-checks"]);
    expect(readQueue(storage)).toEqual([]);
  });

  it("drops what the server refuses for good, retries what it may take later", () => {
    expect([201, 200, 202, 400, 413, 404].map(settled)).toEqual([true, true, true, true, true, true]);
    expect([undefined, 408, 429, 500, 503].map(settled)).toEqual([false, false, false, false, false]);
  });

  it("does not count a browser that sends Global Privacy Control or Do Not Track", () => {
    expect(counting({})).toBe(true);
    expect(counting({ globalPrivacyControl: true })).toBe(false);
    expect(counting({ doNotTrack: "1" })).toBe(false);
    expect(counting({ doNotTrack: "0" })).toBe(true);
  });
});

describe("a report of a problem, for the live level", () => {
  let storage: Storage;
  beforeEach(() => {
    storage = memoryStorage();
  });
  const HOUR = 3_600_000;
  const sent = () => readQueue(storage, NOW).map((o) => JSON.parse(bodyOf(o, NOW)));

  it("is the answer to 'what is happening?', once per problem per hour from this browser", () => {
    enqueueOutcome(storage, SYMPTOM_STEP, "/unliking/connection", NOW, id());
    enqueueOutcome(storage, SYMPTOM_STEP, "/unliking/connection", NOW + 30_000, id());
    enqueueOutcome(storage, SYMPTOM_STEP, "/missing/privacy", NOW + 30_000, id());
    enqueueOutcome(storage, "/unliking/connection", "/unliking/quick-checks", NOW, id());
    expect(sent().map((b) => b.report ?? false)).toEqual([true, false, true, false]);
    // An hour on, the same problem is a new report.
    expect(firstReport(storage, SYMPTOM_STEP, "/unliking/connection", NOW + HOUR)).toBe(true);
  });

  it("goes as a plain answer when it waited offline for more than an hour", () => {
    enqueueOutcome(storage, SYMPTOM_STEP, "/dropping/creator", NOW, id());
    const [queued] = readQueue(storage, NOW);
    expect(JSON.parse(bodyOf(queued!, NOW + 2 * HOUR))).not.toHaveProperty("report");
  });

  it("survives a damaged flag", () => {
    storage.setItem(reportedKey, "{oops");
    expect(firstReport(storage, SYMPTOM_STEP, "/unliking/connection", NOW)).toBe(true);
  });
});
