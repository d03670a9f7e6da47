-- The answers rolled up per day: one row per day, step, symptom and phone with how many answered
-- and how many said it worked. The summary, /stats and the evidence on a fix read this instead of
-- grouping every answer: over 10 million answers that was seconds a request, this is milliseconds
-- (docs/counting.md#at-scale). store.js adds to it in the same statement that stores the answers,
-- counting only the answers that statement stored, so it always agrees with `outcomes`.
CREATE TABLE outcome_days (
  day date NOT NULL,
  step text NOT NULL,
  symptom text,
  device text,
  answered integer NOT NULL,
  worked integer NOT NULL,
  -- A step before the reader chose a symptom or a phone has none: still one row per day and step.
  UNIQUE NULLS NOT DISTINCT (day, step, symptom, device)
);

INSERT INTO outcome_days (day, step, symptom, device, answered, worked)
SELECT day, step, symptom, device, count(*), count(*) FILTER (WHERE worked)
FROM outcomes GROUP BY day, step, symptom, device;
