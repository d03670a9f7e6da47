import { NotFound } from "@/components/not-found";
import { notFoundMeta } from "@/lib/page-meta";

export const meta = () => notFoundMeta;

/**
 * Prerendered to /404/index.html: the page the server sends with every 404. The marker tells
 * entry.client.tsx not to hydrate it (the URL it is sent at is not /404).
 */
export default function NotFoundPage() {
  return (
    <div data-page="not-found">
      <NotFound />
    </div>
  );
}
