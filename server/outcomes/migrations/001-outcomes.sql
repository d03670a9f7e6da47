-- One row per answer a reader gave: where they were, what they answered, on which day. Nothing
-- about the reader: no address, no browser, no cookie. `id` is a random number the page makes for
-- that one answer, so an answer sent twice (a retry after a lost connection) is stored once.
CREATE TABLE outcomes (
  id uuid PRIMARY KEY,
  day date NOT NULL,
  step text NOT NULL,
  symptom text,
  device text,
  event text NOT NULL,
  worked boolean NOT NULL
);
CREATE INDEX outcomes_day_step ON outcomes (day, step);
