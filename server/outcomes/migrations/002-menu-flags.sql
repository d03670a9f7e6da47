-- Readers telling us a step's menu looked different in their app: one count per step, per week
-- (the Monday it starts) and per fixed reason. Nothing about the reader, and no free text.
CREATE TABLE menu_flags (
  week date NOT NULL,
  step text NOT NULL,
  reason text NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (week, step, reason)
);
