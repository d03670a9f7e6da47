import type { Plugin } from "vite";
import { readLibrary } from "./library.server";

/** Fails the build (and warns in dev) when a content file disagrees with the machine. */
export function checkContentPlugin(): Plugin {
  return {
    name: "check-content",
    buildStart() {
      const { problems } = readLibrary();
      if (problems.length === 0) return;
      const message = `Content has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`;
      if (this.environment?.mode === "dev") this.warn(message);
      else this.error(message);
    },
  };
}
