import { MESSAGE_SOURCE } from "./embed";

/**
 * Runs inline in the head of every embed page, before the page paints and whether or not the app's
 * scripts have loaded (root.tsx writes it as `(${embedFrame})(…)`, so it is self-contained: no
 * imports, nothing from outside its parameter).
 * - The host's scheme: `?scheme=light|dark` from embed.js, and later a message when the host's
 *   scheme changes, set as `data-scheme` on <html> (src/embed.css makes `dark:` follow it).
 * - The frame's height: the body's, sent to the host page whenever it changes, so embed.js sizes the
 *   frame to the step with no inner scrollbar.
 */
export function embedFrame(source: string) {
  const root = document.documentElement;
  const setScheme = (scheme: unknown) => {
    if (scheme === "light" || scheme === "dark") root.dataset.scheme = scheme;
  };
  try {
    setScheme(new URLSearchParams(location.search).get("scheme"));
  } catch {
    // A page without a readable address keeps the reader's own scheme.
  }
  const host = window.parent;
  if (host === window) return;
  addEventListener("message", (event) => {
    const data = event.data as { source?: unknown; type?: unknown; scheme?: unknown } | null;
    if (event.source === host && data?.source === source && data.type === "scheme") setScheme(data.scheme);
  });
  let sent = 0;
  const sendHeight = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    host.postMessage({ source, type: "height", height }, "*");
  };
  const observe = () => {
    new ResizeObserver(sendHeight).observe(document.body);
    sendHeight();
  };
  if (document.body) observe();
  else addEventListener("DOMContentLoaded", observe);
}

/** The inline script of an embed page (a function, so the browser's bundle can leave it out). */
export const embedFrameScript = () => `(${embedFrame.toString()})(${JSON.stringify(MESSAGE_SOURCE)})`;
