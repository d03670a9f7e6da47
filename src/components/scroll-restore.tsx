import { UNSAFE_useScrollRestoration as useScrollRestoration } from "react-router";

/** Where React Router keeps each history entry's scroll position (its default key). */
const STORAGE_KEY = "react-router-scroll-positions";

/**
 * Runs as the page is parsed: a reload, or a Back onto an earlier page load, opens at the position
 * the reader left, before the first paint instead of with a jump once the scripts run. React
 * Router's own `<ScrollRestoration>` script also gives a fresh history entry its key here, and reads
 * session storage either way; each is a call into the browser that took 1–5 ms before our first
 * paint (a blank page in Chromium; about 10 ms on our pages). A fresh entry has nothing to restore,
 * so here it costs one read of `history.state`, and `keyHistoryEntry` gives it its key later.
 */
const restoreBeforePaint = `(function(s,k){if(!s||!s.key)return;try{var y=JSON.parse(sessionStorage.getItem(k)||"{}")[s.key];if(typeof y==="number")scrollTo(0,y)}catch(e){sessionStorage.removeItem(k)}})(history.state,${JSON.stringify(STORAGE_KEY)})`;

/** React Router's scroll restoration (a new step opens at its top, Back returns to where the reader was). */
export function ScrollRestore() {
  useScrollRestoration({ storageKey: STORAGE_KEY });
  return <script dangerouslySetInnerHTML={{ __html: restoreBeforePaint }} />;
}

/**
 * Gives the history entry the page was loaded into the key its scroll position is saved under, as
 * React Router's own script would have before the first paint. Run before the router is made: the
 * router reads the key from `history.state` as the location's key. Without it the first page of
 * every load shares the key "default", and a reload could scroll to another page's position.
 */
export function keyHistoryEntry() {
  const state: unknown = window.history.state;
  if (state && typeof state === "object" && "key" in state && state.key) return;
  window.history.replaceState({ ...(state as object | null), key: Math.random().toString(32).slice(2) }, "");
}
