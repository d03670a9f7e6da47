import { expect, it } from "vitest";
import { languages } from "../src/content/languages.ts";
import { OTHER_LANGUAGES, workerFile } from "./service-worker.js";

it("writes a worker for every language of the guide, each at its own address", () => {
  expect(["en", ...OTHER_LANGUAGES]).toEqual([...languages]);
  expect(languages.map(workerFile)).toEqual(["sw.js", "sw-es.js"]);
});
