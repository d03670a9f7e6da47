import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";

// The not-found page is sent for every unknown URL, so the URL in the address bar is not the one it
// was prerendered at: the router would match it to a step, fetch that step's data (a second 404)
// and find markup it did not render (React error #418). The page is plain text and one link, all
// of it in the HTML, so it is left as it is: nothing to hydrate, nothing to fetch.
// The figures page (/stats) is the same: the server fills it in at each request.
const isStaticPage = document.querySelector("[data-page=not-found], [data-page=stats]") !== null;

if (!isStaticPage) {
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
