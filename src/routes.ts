import { type RouteConfig, index, route } from "@react-router/dev/routes";
import { languagePrefix } from "./lib/language-path";
import { sitePages, translatedPages } from "./lib/site-pages";
import { stepRouteId } from "./lib/step-routes";

/** Each page beside the steps has its module under its own name (src/lib/site-pages.ts). */
const pageModule = (path: string) => `routes${path}.tsx`;

export default [
  index("routes/step.tsx", { id: stepRouteId({ embed: false, lang: "en", start: true }) }),
  route("404", "routes/not-found.tsx"),
  ...sitePages.map(({ path }) => route(path.slice(1), pageModule(path))),
  route("og/:image", "routes/og-image.ts"),
  route("og/es/:image", "routes/og-image.ts", { id: "og-image-es" }),
  route("_redirects", "routes/redirects.ts"),
  route("_outcomes.json", "routes/outcome-map.ts"),
  route("sitemap.xml", "routes/sitemap.ts"),
  route("robots.txt", "routes/robots.ts"),
  // The walk's context, then the step id (hrefFor in src/wizard/steps.ts); the machine decides which exist.
  // symptom: unliking, missing or dropping. detail: the quick check's answer (too-fast), the phone
  // (android), or the fix that worked when the walk has neither (/unliking/connection/fixed), as optional
  // segments fill from the left. fix: the fix that worked, or the reset skipped (no-reset). The loader
  // finds the step by its whole path, so nothing reads these params: they name the URL's shape.
  route(":symptom?/:detail?/:fix?/:step", "routes/step.tsx", { id: stepRouteId({ embed: false, lang: "en", start: false }) }),
  // The same steps for another site's frame (src/lib/embed.ts), and the page an unknown one gets there.
  route("embed", "routes/step.tsx", { id: stepRouteId({ embed: true, lang: "en", start: true }) }),
  route("embed/404", "routes/not-found.tsx", { id: "embed-not-found" }),
  route("embed/:symptom?/:detail?/:fix?/:step", "routes/step.tsx", { id: stepRouteId({ embed: true, lang: "en", start: false }) }),
  // The Spanish pages (src/lib/language-path.ts): the same modules under /es and /embed/es, below a
  // route whose `handle` gives the layout the Spanish words (src/routes/language.tsx).
  route(languagePrefix.es.slice(1), "routes/language.tsx", { id: "es" }, [
    index("routes/step.tsx", { id: stepRouteId({ embed: false, lang: "es", start: true }) }),
    route("404", "routes/not-found.tsx", { id: "es-not-found" }),
    ...translatedPages.map(({ path }) => route(path.slice(1), pageModule(path), { id: `es${path}` })),
    route(":symptom?/:detail?/:fix?/:step", "routes/step.tsx", { id: stepRouteId({ embed: false, lang: "es", start: false }) }),
  ]),
  route(`embed${languagePrefix.es}`, "routes/language.tsx", { id: "embed-es" }, [
    index("routes/step.tsx", { id: stepRouteId({ embed: true, lang: "es", start: true }) }),
    route("404", "routes/not-found.tsx", { id: "embed-es-not-found" }),
    route(":symptom?/:detail?/:fix?/:step", "routes/step.tsx", { id: stepRouteId({ embed: true, lang: "es", start: false }) }),
  ]),
] satisfies RouteConfig;
