import { publicOrigin } from "@/content/page.server";

/**
 * Prerendered to /robots.txt: everything may be crawled but the API (answers posted by pages, and
 * figures made at each request), and the sitemap lists every step.
 */
export function loader() {
  const robots = ["User-agent: *", "Disallow: /api/", "", `Sitemap: ${publicOrigin}/sitemap.xml`];
  return new Response(`${robots.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
