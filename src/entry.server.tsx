import { PassThrough } from "node:stream";
import type { EntryContext } from "react-router";
import { createReadableStreamFromReadable } from "@react-router/node";
import { ServerRouter } from "react-router";
import { renderToPipeableStream } from "react-dom/server";

/**
 * Runs only at build time (`ssr: false`): it renders each prerendered page. React Router's default
 * starts the page as soon as its shell is ready and streams the rest into hidden elements that an
 * inline script moves into place, which leaves a page read without JavaScript missing whatever
 * loaded late (a step part with its own code: src/components/later.tsx). A static page has no one
 * waiting for it, so this waits for everything, and every part is in the HTML where it belongs.
 */
export const streamTimeout = 10_000;

export default function handleRequest(request: Request, status: number, headers: Headers, routerContext: EntryContext) {
  if (request.method.toUpperCase() === "HEAD") return new Response(null, { status, headers });
  return new Promise<Response>((resolve, reject) => {
    let failed: unknown;
    const timeout = setTimeout(() => abort(), streamTimeout);
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} />, {
      // React otherwise moves a large enough part out of place even when it is ready, once the page
      // has 12.8 KB before it; the same hidden element and inline script as above.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onAllReady() {
        const body = new PassThrough({
          final(callback) {
            clearTimeout(timeout);
            callback();
          },
        });
        headers.set("Content-Type", "text/html");
        pipe(body);
        resolve(new Response(createReadableStreamFromReadable(body), { headers, status: failed ? 500 : status }));
      },
      onShellError: reject,
      onError(error) {
        // An error in a part of the page: the build must not write a page without it.
        failed = error;
        console.error(error);
      },
    });
  });
}
