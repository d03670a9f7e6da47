import { data } from "react-router";
import type { Route } from "./+types/og-image";
import { renderOgImage } from "@/content/og-image.server";
import { stateIds } from "@/wizard/steps";

/** Prerendered to /og/<step>.png at build time; no image is drawn at run time. */
export function loader({ params }: Route.LoaderArgs) {
  const id = params.image.replace(/\.png$/, "");
  if (!params.image.endsWith(".png") || !stateIds().includes(id)) throw data(null, { status: 404 });
  return new Response(new Uint8Array(renderOgImage(id)), { headers: { "Content-Type": "image/png" } });
}
