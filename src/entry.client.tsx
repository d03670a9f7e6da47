import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { isOtherPage } from "@/components/loaded-page";
import { keyHistoryEntry } from "@/components/scroll-restore";
import { stepRouteIds } from "@/lib/step-routes";

// The not-found page is sent for every unknown URL, so the URL in the address bar is not the one it
// was prerendered at: the router would match it to a step, fetch that step's data (a second 404)
// and find markup it did not render (React error #418). The page is plain text and one link, all
// of it in the HTML, so it is left as it is: nothing to hydrate, nothing to fetch.
// The figures page (/stats) is the same: the server fills it in at each request.
const isStaticPage = document.querySelector("[data-page=not-found], [data-page=stats]") !== null;

/**
 * The step routes (routes.ts: the start page, the steps and their embed twins) share one module.
 * React Router records a route's module under the route's id, and had only the one this page opened
 * on: the first tap onto a step of another id imported the module again, as a route loaded later,
 * and drew the router's "loading" state meanwhile (about 40 ms on a slow phone; bench/throttled.js).
 * Its hydration script lists the modules it loaded in `window.__reactRouterRouteModules`, read when
 * the router is made, below; the three react-router packages are pinned to one exact version.
 */
function shareStepModule() {
  const modules = (window as { __reactRouterRouteModules?: Record<string, unknown> }).__reactRouterRouteModules;
  if (!modules) return;
  const ids = stepRouteIds;
  const loaded = ids.map((id) => modules[id]).find(Boolean);
  if (loaded) for (const id of ids) modules[id] ??= loaded;
}

// Moved by Back or Forward before the scripts ran (src/components/loaded-page.ts): load that page.
if (isOtherPage(location)) {
  location.reload();
} else if (!isStaticPage) {
  shareStepModule();
  keyHistoryEntry();
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        {/* Without transitions a step change renders at once instead of in 5 ms slices that yield to the
            browser: on a slow phone the next step appears sooner (bench/throttled.js). */}
        <HydratedRouter useTransitions={false} />
      </StrictMode>,
    );
  });
}
