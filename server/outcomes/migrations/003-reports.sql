-- Is it just me? How many readers started each problem, per hour: one count per symptom and hour
-- (UTC), at most one report per browser and per address in an hour (server/outcomes/live.js).
-- Nothing about the reader; the hour is the finest time kept.
CREATE TABLE reports (
  hour timestamptz NOT NULL,
  symptom text NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (hour, symptom)
);

-- A database filled by a generator (the bench, the browser tests) says so here, so its figures are
-- never taken for readers' answers, and a generator refuses a database that lacks this mark.
CREATE TABLE synthetic (
  made_at timestamptz NOT NULL DEFAULT now(),
  note text NOT NULL
);
