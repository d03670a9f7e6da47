import type { Plugin } from "vite";
import { readAllContent } from "./library.server.ts";

/** Fails the build (and warns in dev) when a content file disagrees with the machine, or a translation with the English. */
export function checkContentPlugin(): Plugin {
  let serving = false;
  let reported = false;
  return {
    name: "check-content",
    configResolved(config) {
      serving = config.command === "serve";
    },
    buildStart() {
      const { problems, stale } = readAllContent();
      // Old menu paths still build: the pages say menus may have changed. The build says which.
      if (stale.length > 0 && !reported) this.warn(`${stale.length} menu path(s) not checked for a year:\n  ${stale.join("\n  ")}`);
      if (problems.length === 0 || (serving && reported)) return;
      reported = true;
      const message = `Content has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`;
      if (serving) this.warn(message);
      else this.error(message);
    },
  };
}
