import { expect, it } from "vitest";
import { loader } from "./redirects";

it("moves a renamed step's old URL, and its embed page, for a static host that reads only this file", async () => {
  const lines = (await loader().text()).trim().split("\n");
  expect(lines).toContain("/dropping/fake-likes /dropping/sudden-drop 301");
  expect(lines).toContain("/embed/dropping/fake-likes /embed/dropping/sudden-drop 301");
  expect(lines.every((line) => /^\/\S+ \/\S+ 301$/.test(line))).toBe(true);
});
