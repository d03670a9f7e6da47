// The production server: the prerendered build served as static files, with a real 404.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";

export const buildDir = path.resolve(import.meta.dirname, "..", "build", "client");

/** @param {{ dir?: string }} [options] */
export function createServer({ dir = buildDir } = {}) {
  const notFoundPage = readFileSync(path.join(dir, "404", "index.html"));
  const assets = sirv(dir, {
    etag: true,
    extensions: ["html"],
    setHeaders(res, pathname) {
      if (pathname.startsWith("/assets/")) res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      else res.setHeader("Cache-Control", "no-cache");
    },
  });

  return http.createServer((req, res) => {
    // The not-found page is a 404 even at its own address.
    const isNotFoundPage = /^\/404\/?(index\.html)?$/.test(req.url?.split("?")[0] ?? "");
    const next = () => {
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" });
      res.end(req.method === "HEAD" ? undefined : notFoundPage);
    };
    if (isNotFoundPage) next();
    else assets(req, res, next);
  });
}
