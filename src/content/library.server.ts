import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Device } from "../wizard/machine.ts";
import { allSteps, eventsOfState, stateIds } from "../wizard/steps.ts";
import { parseStep, renderStep, type ParsedStep } from "./compile.server.ts";

export const defaultContentDir = path.resolve(process.cwd(), "content");

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    this.name = "ContentError";
  }
}

export interface Library {
  steps: Map<string, ParsedStep>;
  problems: string[];
}

/** Events a step's content must label: all it takes, except re-picking the device on a later step. */
export function labelledEvents(id: string): string[] {
  return eventsOfState(id).filter((event) => id === "device" || !event.startsWith("device."));
}

/** Reads every content file and checks it against the machine. Problems are "file:line: message". */
export function readLibrary(dir = defaultContentDir): Library {
  const problems: string[] = [];
  const steps = new Map<string, ParsedStep>();
  const rel = (file: string) => path.relative(process.cwd(), path.join(dir, file)) || file;
  const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
  const states = new Set(stateIds());
  const reachable = [...allSteps().values()];

  for (const file of files) {
    const id = file.slice(0, -3);
    const parsed = parseStep(readFileSync(path.join(dir, file), "utf8"));
    const say = (line: number, message: string) => problems.push(`${rel(file)}:${line}: ${message}`);
    parsed.problems.forEach((p) => say(p.line, p.message));
    if (!states.has(id)) {
      say(1, `no state "${id}" in the machine (src/wizard/machine.ts); rename the file or add the state`);
      continue;
    }
    steps.set(id, parsed);
    if (parsed.problems.length > 0) continue;

    const source = readFileSync(path.join(dir, file), "utf8").split("\n");
    const lineOf = (text: string) => Math.max(1, source.findIndex((l) => l.includes(text)) + 1);
    const expected = labelledEvents(id);
    const given = Object.keys(parsed.meta.answers ?? {});
    for (const key of given.filter((k) => !expected.includes(k))) {
      say(lineOf(`${key}:`), `unknown answer key "${key}"; "${id}" takes ${expected.length ? expected.join(", ") : "no answers"}`);
    }
    for (const key of expected.filter((k) => !given.includes(k))) {
      say(lineOf("answers:") , `answer "${key}" has no label`);
    }
    if (expected.length > 0 && !parsed.meta.question) say(1, `"question" is required on a step with answers`);

    const fixedBy = reachable.some((s) => s.context.fixedBy === id);
    if (fixedBy && !parsed.meta.worked) say(1, `"worked" is required: "${id}" can be the fix that worked`);
    if (!fixedBy && parsed.meta.worked) say(lineOf("worked:"), `"worked" is set but "${id}" is never the fix that worked`);

    if (parsed.deviceBlocks.length > 0) {
      const withoutDevice = reachable.find((s) => s.id === id && !s.context.device);
      if (withoutDevice) say(lineOf(":::"), `device blocks are not allowed: "${id}" is shown before the device is known (${withoutDevice.href})`);
      const devicesHere = new Set<Device>(parsed.deviceBlocks);
      if (devicesHere.size === 1) say(lineOf(":::"), `has a block for ${[...devicesHere][0]} but not for the other device`);
    }
    for (const link of parsed.links) {
      if (!allSteps().has(link.href.split(/[?#]/)[0]!.replace(/\/$/, "") || "/")) {
        say(link.line, `broken internal link "${link.href}": no step has that URL`);
      }
    }
  }
  for (const id of states) {
    if (!files.includes(`${id}.md`)) problems.push(`${rel(`${id}.md`)}:1: missing: the machine has a state "${id}" but no content file`);
  }
  return { steps, problems };
}

let library: Library | undefined;

/** The checked content, read once per process; throws with every problem listed. */
export function contentLibrary(): Map<string, ParsedStep> {
  library ??= readLibrary();
  if (library.problems.length > 0) throw new ContentError(library.problems);
  return library.steps;
}

function parsedStep(id: string): ParsedStep {
  const parsed = contentLibrary().get(id);
  if (!parsed) throw new ContentError([`content/${id}.md:1: missing`]);
  return parsed;
}

export function stepMeta(id: string) {
  return parsedStep(id).meta;
}

export function stepHtml(id: string, device: Device | undefined): string {
  return renderStep(parsedStep(id), device);
}
