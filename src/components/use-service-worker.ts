import { useEffect, useState } from "react";
import { isEmbedPath } from "@/lib/embed";
import { languageOfPath } from "@/lib/language-path";

/**
 * Registers the service worker that keeps every step in the page's language available offline
 * after one visit, and says whether it is registered.
 * Only in a production build: in development it would serve stale pages. Not from inside another
 * site's frame: the embed pages are not kept offline, and a frame is no place to install a worker.
 */
export function useServiceWorker() {
  const [registered, setRegistered] = useState(false);
  useEffect(() => {
    if (!import.meta.env.PROD || !("serviceWorker" in navigator) || isEmbedPath(location.pathname)) return;
    // One worker per language (postbuild/service-worker.js): the reader's language is kept offline.
    const lang = languageOfPath(location.pathname);
    navigator.serviceWorker.register(lang === "en" ? "/sw.js" : `/sw-${lang}.js`).then(
      () => setRegistered(true),
      () => {
        // Offline support is an extra; the page works the same without it.
      },
    );
  }, []);
  return registered;
}
