import { useEffect } from "react";
import { isEmbedPath } from "@/lib/embed";

/**
 * Registers the service worker that keeps every step available offline after one visit.
 * Only in a production build: in development it would serve stale pages. Not from inside another
 * site's frame: the embed pages are not kept offline, and a frame is no place to install a worker.
 */
export function useServiceWorker() {
  useEffect(() => {
    if (!import.meta.env.PROD || !("serviceWorker" in navigator) || isEmbedPath(location.pathname)) return;
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Offline support is an extra; the page works the same without it.
    });
  }, []);
}
