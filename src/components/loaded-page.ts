import { useLayoutEffect } from "react";
import { useLocation } from "react-router";

// Back or Forward onto an entry the page made before a reload moves the address bar without a page
// load. Taken before the scripts ran, nothing was listening: the page still shows the step it was
// loaded at. The scripts wait for the first paint (postbuild/defer-modules.js) and take a second or
// so to arrive on a slow phone, so a reader can do this.

/** Whether `at` is another page than the one this document was loaded as. */
export function isOtherPage(at: { pathname: string; search: string }) {
  const loaded = performance.getEntriesByType("navigation")[0]?.name;
  if (!loaded) return false;
  const { pathname, search } = new URL(loaded);
  return pathname !== at.pathname || search !== at.search;
}

/**
 * The router is made with the address bar's location and this page's data. Moved before the
 * router was made, it would show this page's step under the other step's address: even after the
 * scripts had started (src/entry.client.tsx checks before hydrating), the router is made a task or
 * more later. The page the address bar shows is loaded instead, which is what the reader asked for.
 * Once made, the router follows Back and Forward itself, so this looks only at the first render: the
 * root can mount again later (after an error page), at another step the reader tapped to.
 */
let routerChecked = false;

export function useReloadIfMovedBeforeRouter() {
  const { pathname, search } = useLocation();
  useLayoutEffect(() => {
    if (routerChecked) return;
    routerChecked = true;
    if (isOtherPage({ pathname, search })) window.location.reload();
  }, [pathname, search]);
}
