import { stepPage } from "@/content/page.server";
import { allSteps } from "@/wizard/steps";
import { outcomeMap } from "@/wizard/outcomes";

/**
 * Prerendered to /_outcomes.json for the server's outcome counter (server/outcomes/); the server
 * never sends it. With the machine's answers, the words the figures page (/stats) shows for step,
 * phone and symptom ids, taken from the content files.
 */
export function loader() {
  const labels = { steps: {} as Record<string, string>, devices: {} as Record<string, string>, symptoms: {} as Record<string, string> };
  // Each step's page once: its words for the labels, its listed answers for the map.
  const pages = new Map([...allSteps().keys()].map((href) => [href, stepPage(href)]));
  for (const step of allSteps().values()) {
    const page = pages.get(step.href);
    if (!page) continue;
    // The first URL of a step in the walk names it; a phone's variant may word it for that phone.
    labels.steps[step.id] ??= page.title;
    if (page.device) labels.devices[page.device.id] ??= page.device.label;
    if (page.symptom) labels.symptoms[page.symptom.id] ??= page.symptom.label;
  }
  // Every page whose step shows a menu path, for readers' "the menu looked different" flags.
  const menus = Object.fromEntries([...pages].filter(([, page]) => page?.menuCheck).map(([href, page]) => [href, page!.id]));
  return Response.json({ ...outcomeMap((step) => pages.get(step.href)?.answers ?? []), labels, menus });
}
