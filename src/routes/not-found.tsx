import type { Route } from "./+types/not-found";
import { languageOfMatches } from "@/components/language";
import { NotFound } from "@/components/not-found";
import { notFoundMetaIn } from "@/lib/page-meta";

export const meta: Route.MetaFunction = ({ matches }) => notFoundMetaIn(languageOfMatches(matches).text);

/**
 * Prerendered to /404/index.html (and /es/404, /embed/404, /embed/es/404): the page the server
 * sends with every 404 under its prefix. The marker tells entry.client.tsx not to hydrate it (the
 * URL it is sent at is not /404).
 */
export default function NotFoundPage() {
  return (
    <div data-page="not-found">
      <NotFound />
    </div>
  );
}
