import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";

// The not-found page is sent for every unknown URL, so the URL in the address bar is not the one it
// was prerendered at: the router would match it to a step, fetch that step's data (a second 404)
// and find markup it did not render (React error #418). The page is plain text and one link, all
// of it in the HTML, so it is left as it is: nothing to hydrate, nothing to fetch.
const isNotFoundPage = document.querySelector("[data-page=not-found]") !== null;

if (!isNotFoundPage) {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter useTransitions={false} />
      </StrictMode>,
    );
  });
}
