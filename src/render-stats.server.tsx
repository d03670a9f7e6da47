// The entry the server renders /stats with, at each request: built on its own by the build
// (postbuild/stats-renderer.js) into build/client/_stats.mjs, React included, and imported by the
// server (server/stats.js), which puts its HTML in place of the frame's section.
import { renderToStaticMarkup } from "react-dom/server";
import { StatsPage, type StatsPageProps } from "@/components/stats/stats-page";

export type { StatsPageProps };

/** The figures page's `<section data-page="stats">`, whole, as HTML. */
export function renderStatsSection(props: StatsPageProps): string {
  return renderToStaticMarkup(<StatsPage {...props} />);
}
