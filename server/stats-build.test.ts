// The /stats frame is cut open where the figures go, or the build and the server refuse it by name.
import { describe, expect, it } from "vitest";
import { splitStatsFrame } from "./stats-build.js";

describe("the /stats frame", () => {
  it("is cut around its one section, the rest kept as it is", () => {
    const frame = '<main><section data-page="stats" class="a"><h1>Which fixes work</h1><p>No server.</p></section></main><footer></footer>';
    expect(splitStatsFrame(frame)).toEqual({ before: "<main>", after: "</main><footer></footer>" });
  });

  it("is refused, naming the file, when the server could not tell where the figures go", () => {
    const file = "build/client/stats/index.html";
    for (const frame of [
      "<main><section><h1>Which fixes work</h1></section></main>",
      '<main><section data-page="stats"><h1>Which fixes work</h1></main>',
      '<main><section data-page="stats"><section><h2>Inner</h2></section></section></main>',
      '<main><section data-page="stats"></section><section data-page="stats"></section></main>',
    ]) {
      expect(() => splitStatsFrame(frame, file), frame).toThrow(/^build\/client\/stats\/index\.html: .*stats-section\.tsx/);
    }
  });
});
