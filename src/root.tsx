import { Links, Meta, Outlet, Scripts, isRouteErrorResponse, useLocation, useMatches } from "react-router";
import type { Route } from "./+types/root";
import { EmbedProvider } from "@/components/embed-context";
import { GuideNavigation } from "@/components/guide-link";
import { useReloadIfMovedBeforeRouter } from "@/components/loaded-page";
import { LanguageProvider, languageOfMatches, useUiText } from "@/components/language";
import { NotFound } from "@/components/not-found";
import { ScrollRestore } from "@/components/scroll-restore";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { StepFocus } from "@/components/step-focus";
import { useOutcomeQueue } from "@/components/use-outcome-queue";
import { useServiceWorker } from "@/components/use-service-worker";
import { isEmbedPath } from "@/lib/embed";
import { embedFrameScript } from "@/lib/embed-frame";
import { errorMeta, notFoundMetaIn } from "@/lib/page-meta";
// Inlined: a page paints with its first response, with no stylesheet request in the way.
import appCss from "./app.css?inline";
// The same with `dark:` following the host page's scheme, for the embed pages.
import embedCss from "./embed.css?inline";
// Written into each page as a data: URL (384 bytes: favicon.svg drawn at 48 px, its one colour in
// 16 steps of opacity), so a first visit makes no request for it. A browser asks for the icon once
// the page has loaded, which can be before its first paint is on screen, and Lighthouse then counts
// that round trip into the LCP (bench/lighthouse.js). A PNG, not the SVG: Chromium decodes the icon
// again on every step change, and an SVG icon costs a whole SVG document each time (5–15 ms on a
// slow phone's main thread, bench/throttled.js).
import faviconData from "./favicon-48.png?inline";

/**
 * The stylesheet goes into each prerendered page. The browser never needs it as a string: it is
 * already in the page it hydrates, so it is read back from there and left out of the client bundle
 * (about 4 KB of brotli that every first visit would otherwise download twice).
 */
const loadedCss = import.meta.env.SSR ? "" : (document.getElementById("app-css")?.textContent ?? "");
const pageCss = (embed: boolean) => (import.meta.env.SSR ? (embed ? embedCss : appCss) : loadedCss);
/** The embed pages' inline script (src/lib/embed-frame.ts), read back from the page in the same way. */
const loadedFrameScript = import.meta.env.SSR ? "" : (document.getElementById("embed-frame")?.textContent ?? "");
const frameScript = () => (import.meta.env.SSR ? embedFrameScript() : loadedFrameScript);
/** The icon, read back from the page in the same way (it would be half a kilobyte of the client bundle). */
const favicon = import.meta.env.SSR ? faviconData : (document.querySelector("link[rel=icon]")?.getAttribute("href") ?? "");

export function Layout({ children }: { children: React.ReactNode }) {
  const embed = isEmbedPath(useLocation().pathname);
  const language = languageOfMatches(useMatches());
  return (
    <html lang={language.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content="#18181b" media="(prefers-color-scheme: dark)" />
        <link rel="icon" href={favicon} type="image/png" sizes="48x48" />
        <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />
        <style id="app-css" dangerouslySetInnerHTML={{ __html: pageCss(embed) }} />
        {embed && (
          <>
            {/* In another site's frame, every link that leaves the guide opens a new tab; the guide's own links say _self. */}
            <base target="_blank" />
            <script id="embed-frame" dangerouslySetInnerHTML={{ __html: frameScript() }} />
          </>
        )}
        <Meta />
        <Links />
      </head>
      {/* In a frame the page is as tall as its content: the frame takes the page's height, not the reverse. */}
      <body className={`flex flex-col bg-white text-zinc-800 antialiased dark:bg-zinc-900 dark:text-zinc-200 ${embed ? "" : "min-h-dvh"}`}>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
        >
          {language.text.nav.skipToStep}
        </a>
        <LanguageProvider value={language}>
        <EmbedProvider value={embed}>
          <GuideNavigation>
            <StepFocus />
            <SiteHeader />
            <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 pt-4 pb-12">
              {children}
            </main>
            <SiteFooter />
          </GuideNavigation>
        </EmbedProvider>
        </LanguageProvider>
        <ScrollRestore />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  useReloadIfMovedBeforeRouter();
  const offline = useServiceWorker();
  useOutcomeQueue();
  return (
    <>
      {/* The app manifest (React puts the link in the head) is offered once the service worker
          that opens every step offline is in place: an app installed without it would open to a
          network error. Linked in the HTML, Chromium fetched it and its icon as the page loaded,
          before the first paint was on screen, and Lighthouse counted both into the LCP. With
          credentials it comes over the page's own connection, not a new one; we set no cookies. */}
      {offline && <link rel="manifest" href="/manifest.webmanifest" crossOrigin="use-credentials" />}
      <Outlet />
    </>
  );
}

/** Steps set their own tags; this is what an error page gets. */
export const meta: Route.MetaFunction = ({ error, matches }) => {
  const { text } = languageOfMatches(matches);
  return isRouteErrorResponse(error) && error.status === 404 ? notFoundMetaIn(text) : errorMeta(text);
};

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useUiText().error;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <section aria-labelledby="step-heading" className="space-y-4">
      <h1 id="step-heading" tabIndex={-1} className="text-2xl font-bold">
        {t.heading}
      </h1>
      <p className="text-lg">{t.body}</p>
      <a href="/" className="inline-block rounded-xl bg-brand px-5 py-3 font-semibold text-white">
        {t.startAgain}
      </a>
    </section>
  );
}
