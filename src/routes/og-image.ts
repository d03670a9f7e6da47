import { data } from "react-router";
import type { Route } from "./+types/og-image";
import { renderOgImage } from "@/content/og-image.server";
import { stateIds } from "@/wizard/steps";

/** Prerendered to /og/<step>.png, and /og/es/<step>.png in Spanish, at build time; no image is drawn at run time. */
export function loader({ params, request }: Route.LoaderArgs) {
  const id = params.image.replace(/\.png$/, "");
  if (!params.image.endsWith(".png") || !stateIds().includes(id)) throw data(null, { status: 404 });
  const lang = new URL(request.url).pathname.startsWith("/og/es/") ? "es" : "en";
  return new Response(new Uint8Array(renderOgImage(id, lang)), { headers: { "Content-Type": "image/png" } });
}
