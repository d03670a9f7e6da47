/**
 * Counting answers (server/outcomes/): each answer a reader taps becomes one anonymous outcome,
 * `{ from, to, id }` (the step, the answer's URL, a random id for that one answer so a resend is
 * stored once). Outcomes wait in a small queue in localStorage and are sent when the page is idle,
 * so a tap never waits for them; what cannot be sent (offline, a server error) stays queued and
 * goes with the next send. An outcome leaves the queue only once the server has answered it.
 */
import { whenIdle } from "./idle";

export const OUTCOMES_URL = "/api/outcomes";
export const queueKey = "likes-troubleshooter:outcomes";
const version = 1;
/** The queue's bound: beyond it the oldest outcomes are dropped. */
export const MAX_QUEUED = 50;
/** Older than this, an unsent outcome is dropped: it would be counted on the wrong day anyway. */
const maxAgeMs = 7 * 24 * 60 * 60 * 1000;

export interface QueuedOutcome {
  id: string;
  from: string;
  to: string;
  at: number;
  /** The answer to "what is happening?" and this browser's first report of it this hour (the live level). */
  report?: true;
}

/** The step that asks what is happening: its answers are reports of a problem. */
export const SYMPTOM_STEP = "/symptom";
export const reportedKey = "likes-troubleshooter:reported";
const HOUR = 3_600_000;

/**
 * Whether an answer is a new report for the live level: an answer of the symptom step, and the first
 * this browser gives for that problem this hour (a flag kept in localStorage, one per problem: the
 * hour it was last reported in). Sets the flag. Unreadable storage counts as "not reported yet".
 */
export function firstReport(storage: Pick<Storage, "getItem" | "setItem">, from: string, to: string, now = Date.now()): boolean {
  if (from !== SYMPTOM_STEP) return false;
  const problem = /^\/([a-z-]+)\//.exec(to)?.[1];
  if (!problem) return false;
  const hour = Math.floor(now / HOUR);
  let flags: Record<string, unknown> = {};
  try {
    const raw: unknown = JSON.parse(storage.getItem(reportedKey) ?? "{}");
    if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) flags = raw as Record<string, unknown>;
  } catch {
    // A damaged flag: as if none.
  }
  if (flags[problem] === hour) return false;
  try {
    storage.setItem(reportedKey, JSON.stringify({ ...flags, [problem]: hour }));
  } catch {
    // Blocked storage: the server's own limit (one per address and hour) still holds.
  }
  return true;
}

/** Whether this page counts answers: the build has a server to count them, and the reader has not asked not to be. */
export function counting(nav: { globalPrivacyControl?: boolean; doNotTrack?: string | null } = navigator): boolean {
  return __COUNTING__ && nav.globalPrivacyControl !== true && nav.doNotTrack !== "1";
}

const isStepPath = (value: unknown): value is string => typeof value === "string" && /^\/[a-z0-9/-]{0,200}$/.test(value);

/** The queue as stored; anything unreadable, damaged or too old is left out. */
export function readQueue(storage: Pick<Storage, "getItem">, now = Date.now()): QueuedOutcome[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(queueKey) ?? "null");
  } catch {
    return [];
  }
  if (typeof raw !== "object" || raw === null || (raw as { v?: unknown }).v !== version) return [];
  const items = (raw as { items?: unknown }).items;
  if (!Array.isArray(items)) return [];
  return items
    .filter((item): item is QueuedOutcome => {
      if (typeof item !== "object" || item === null) return false;
      const { id, from, to, at, report } = item as Record<string, unknown>;
      return (
        typeof id === "string" &&
        /^[0-9a-f-]{36}$/.test(id) &&
        isStepPath(from) &&
        isStepPath(to) &&
        typeof at === "number" &&
        now - at < maxAgeMs &&
        at < now + 60_000 &&
        (report === undefined || report === true)
      );
    })
    .slice(-MAX_QUEUED);
}

function writeQueue(storage: Pick<Storage, "setItem" | "removeItem">, items: QueuedOutcome[]) {
  try {
    if (items.length === 0) storage.removeItem(queueKey);
    else storage.setItem(queueKey, JSON.stringify({ v: version, items: items.slice(-MAX_QUEUED) }));
  } catch {
    // Blocked storage or a full quota: this answer goes uncounted, nothing else is affected.
  }
}

/** Adds an answer to the queue. */
export function enqueueOutcome(storage: Storage, from: string, to: string, now = Date.now(), id: string = crypto.randomUUID()): void {
  const report = firstReport(storage, from, to, now);
  writeQueue(storage, [...readQueue(storage, now), { id, from, to, at: now, ...(report && { report }) }]);
}

/**
 * The body sent for a queued answer. A report sent more than an hour after the tap (it waited
 * offline) is no longer news of this hour: it goes as a plain answer.
 */
export function bodyOf(outcome: QueuedOutcome, now = Date.now()): string {
  const report = outcome.report === true && now - outcome.at < HOUR;
  return JSON.stringify({ from: outcome.from, to: outcome.to, id: outcome.id, ...(report && { report }) });
}

/** What to do with a queued outcome after the server's answer (or none). */
export function settled(status: number | undefined): boolean {
  if (status === undefined) return false; // offline or cut off: keep it
  if (status === 408 || status === 429 || status >= 500) return false; // try again later
  return true; // stored, already stored, opted out, or refused for good (a 4xx would be refused again)
}

type Send = (outcome: QueuedOutcome) => Promise<number | undefined>;

const post: Send = (outcome) =>
  fetch(OUTCOMES_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: bodyOf(outcome),
    // Finishes even if the tab closes meanwhile; if it does not, the outcome is still queued.
    keepalive: true,
    credentials: "omit",
  }).then(
    (response) => response.status,
    () => undefined,
  );

let sending: Promise<void> | undefined;

/** Sends every queued outcome, one after another; settled ones leave the queue. One send at a time per tab. */
export function sendQueued(storage: Storage = localStorage, send: Send = post): Promise<void> {
  // Cleared in a `finally` callback, which always runs after this assignment, even when the queue
  // is empty and the loop ends at once.
  sending ??= sendAll(storage, send).finally(() => (sending = undefined));
  return sending;
}

/**
 * Reads the queue again after each send, so an answer tapped while one was being sent goes in the
 * same run; each at most once per run, even if storage refuses to forget it.
 */
async function sendAll(storage: Storage, send: Send) {
  const done = new Set<string>();
  for (let outcome = nextUnsent(storage, done); outcome; outcome = nextUnsent(storage, done)) {
    const status = await send(outcome);
    if (!settled(status)) break; // the rest would fail the same way: wait for the next chance
    done.add(outcome.id);
    writeQueue(storage, readQueue(storage).filter((o) => o.id !== outcome.id));
  }
}

const nextUnsent = (storage: Storage, done: Set<string>) => readQueue(storage).find((o) => !done.has(o.id));

/** Counts an answer: queued now, sent once the page is idle (after the next step is on screen). */
export function recordOutcome(from: string, to: string): void {
  if (!counting()) return;
  enqueueOutcome(localStorage, from, to);
  whenIdle(() => void sendQueued(), 2_000);
}
