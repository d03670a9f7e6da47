import type { EVIDENCE, RULE } from "../../../server/outcomes/level.js";

/** The server's rules the counting page states (server/outcomes/level.js), handed over by its loader. */
export interface CountingRules {
  rule: typeof RULE;
  evidence: typeof EVIDENCE;
}
