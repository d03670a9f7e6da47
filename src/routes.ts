import { type RouteConfig, index, route } from "@react-router/dev/routes";
import { sitePages } from "./lib/site-pages";
import { stepRoutes } from "./lib/step-routes";

export default [
  index("routes/step.tsx", { id: stepRoutes.start }),
  route("404", "routes/not-found.tsx"),
  ...sitePages.map(({ path, file }) => route(path.slice(1), file)),
  route("og/:image", "routes/og-image.ts"),
  route("_redirects", "routes/redirects.ts"),
  route("_outcomes.json", "routes/outcome-map.ts"),
  route("sitemap.xml", "routes/sitemap.ts"),
  route("robots.txt", "routes/robots.ts"),
  // Context segments (symptom, device, the fix that worked) then the step id; the machine decides which exist.
  route(":c1?/:c2?/:c3?/:step", "routes/step.tsx", { id: stepRoutes.step }),
  // The same steps for another site's frame (src/lib/embed.ts), and the page an unknown one gets there.
  route("embed", "routes/step.tsx", { id: stepRoutes.embedStart }),
  route("embed/404", "routes/not-found.tsx", { id: "embed-not-found" }),
  route("embed/:c1?/:c2?/:c3?/:step", "routes/step.tsx", { id: stepRoutes.embedStep }),
] satisfies RouteConfig;
