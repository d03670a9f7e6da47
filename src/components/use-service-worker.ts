import { useEffect } from "react";

/**
 * Registers the service worker that keeps every step available offline after one visit.
 * Only in a production build: in development it would serve stale pages.
 */
export function useServiceWorker() {
  useEffect(() => {
    if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Offline support is an extra; the page works the same without it.
    });
  }, []);
}
