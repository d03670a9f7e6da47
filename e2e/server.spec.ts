// The real build as `npm start` serves it, and the _headers file a CDN would get for it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { allSteps } from "../src/wizard/steps.ts";

// The folder the server under test serves (start.js reads BUILD_DIR the same way).
const client = process.env.BUILD_DIR
  ? path.resolve(process.env.BUILD_DIR)
  : path.join(import.meta.dirname, "..", "build", "client");
const accept = { "accept-encoding": "gzip, deflate, br" };

/** build/client/_headers as a static host reads it: pattern → lower-cased header → value. */
function hostRules() {
  const text = readFileSync(path.join(client, "_headers"), "utf8");
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> = {};
  for (const line of text.split("\n")) {
    if (line.startsWith("/")) rules.set(line, (current = {}));
    else if (line.startsWith("  ")) {
      const at = line.indexOf(":");
      current[line.slice(2, at).toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return { rules, lines: text.split("\n") };
}

test("every step is served compressed, revalidated, with its own script hashes, which the page itself carries too", async ({ request }) => {
  for (const href of allSteps().keys()) {
    const response = await request.get(href, { headers: accept });
    expect(response.status(), href).toBe(200);
    const headers = response.headers();
    expect(headers["content-encoding"], href).toBe("br");
    expect(headers.vary).toBe("Accept-Encoding");
    expect(headers["cache-control"]).toBe("no-cache");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    const policy = headers["content-security-policy"] ?? "";
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    // A static host sends only _headers' common rules; the page's <meta> policy is the same one,
    // less frame-ancestors (which a <meta> policy may not carry and the common rule sends).
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1];
    expect(meta, href).toBe(policy.replace("; frame-ancestors 'none'", ""));
    expect(html.indexOf("<meta http-equiv"), "the policy comes before any script").toBeLessThan(html.indexOf("<script"));
  }
});

test("assets are immutable, .data is text/x-script, unknown URLs are a 404 page", async ({ request }) => {
  const page = await (await request.get("/unliking/android/cache")).text();
  // Linked, preloaded or imported by the inline module script: every quoted /assets/ path.
  const assets = [...new Set([...page.matchAll(/["'](\/assets\/[^"']+)["']/g)].map((m) => m[1]!))];
  expect(assets.length).toBeGreaterThan(2);
  for (const asset of assets) {
    const response = await request.get(asset, { headers: accept });
    expect(response.status(), asset).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  }

  const data = await request.get("/unliking/android/cache.data?_routes=step", { headers: accept });
  expect(data.status()).toBe(200);
  expect(data.headers()["content-type"]).toBe("text/x-script");
  expect(data.headers()["cache-control"]).toBe("public, max-age=300");

  const missing = await request.get("/unliking/android/no-such-step", { headers: accept });
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(missing.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
  expect(await missing.text()).toContain("This step does not exist");
});

test("_headers fits what Cloudflare Pages reads: at most 100 rules, lines of at most 2,000 characters", () => {
  const { rules, lines } = hostRules();
  expect(rules.size).toBeLessThanOrEqual(100);
  expect(rules.get("/*")?.["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(2000);
  expect(rules.get("/assets/*")).toEqual({ "cache-control": "public, max-age=31536000, immutable" });
  expect(readFileSync(path.join(client, "404.html"), "utf8")).toContain("This step does not exist");
});
