import { Outlet } from "react-router";
import type { PageLanguage } from "@/components/language";
import { es } from "@/lib/ui-text-es";

/**
 * The Spanish pages' parent route (src/routes.ts): its `handle` gives the root layout the page's
 * language and the frame's words in it, so only Spanish pages load the Spanish words.
 */
export const handle: { language: PageLanguage } = { language: { lang: "es", text: es } };

export default function Language() {
  return <Outlet />;
}
