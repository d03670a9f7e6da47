// What e2e/support/seed.js puts in the browser tests' database, for the tests that read it back.
export const SEEDED = {
  /** Reports of each problem in every hour of the four weeks before: the usual. */
  steady: 3,
  /** Reports of likes on videos dropping in this hour and the one before. */
  burst: 150,
  /** Answers to one fix in the last 90 days. */
  fix: { step: "reset", device: "iphone", symptom: "missing", answered: 40, worked: 30 },
};
