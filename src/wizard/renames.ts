/**
 * Step ids that were renamed, old → new. A URL shared with an old id still opens the step: the
 * server answers 301, and the app redirects when it meets one in the browser. Kept apart from the
 * machine so the browser gets this small map without the machine's graph code.
 */
export const renamedSteps: Readonly<Record<string, string>> = {
  // 25 Nov 2026: the step explains likes from removed accounts, not only fake ones.
  "fake-likes": "sudden-drop",
};

/** The new address for a URL whose last segment is a renamed step id, if it is one. */
export function renamedHref(pathname: string): string | undefined {
  const match = /^(.*\/)([^/]+?)\/?$/.exec(pathname);
  const renamed = match && Object.hasOwn(renamedSteps, match[2]!) ? renamedSteps[match[2]!] : undefined;
  return renamed && `${match![1]}${renamed}`;
}
