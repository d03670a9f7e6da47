/** The "this menu looked different" form's words (src/components/menu-flag.tsx). */
import type { Language } from "@/content/languages";
import type { Text, Widen } from "../ui-text";

const en = {
  summary: "The menu looked different in my app",
  question: "What was different?",
  /** Keyed as the server counts them (server/outcomes/menu-flags.js). */
  reasons: {
    name: "A name was different",
    missing: "A button was missing",
    order: "The order was different",
  },
  failed: "It could not be sent just now. Try again later.",
  thanks: "Thanks: we count these, and check the steps readers flag most against their sources again.",
} as const satisfies Text;

export type MenuFlagText = Widen<typeof en>;

const es: MenuFlagText = {
  summary: "El menú se veía distinto en mi app",
  question: "¿Qué era distinto?",
  reasons: {
    name: "Un nombre era distinto",
    missing: "Faltaba un botón",
    order: "El orden era distinto",
  },
  failed: "No se pudo enviar ahora. Inténtalo más tarde.",
  thanks: "¡Gracias! Los contamos, y los pasos que más se marcan los volvemos a revisar con sus fuentes.",
};

export const menuFlagText: Record<Language, MenuFlagText> = { en, es };
