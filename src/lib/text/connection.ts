/** The live connection check's words (src/components/connection-*.tsx), loaded with its code. */
import type { Language } from "@/content/languages";
import type { Text, Widen } from "../ui-text";

const en = {
  heading: "Live check: this phone's connection",
  about: "Measures how quickly this site's own server answers. It is not TikTok, but a slow result here means TikTok will struggle too.",
  needsJs: "The live check needs JavaScript; the steps above work without it.",
  good: "Your connection looks fine. If likes still flip back, the cause is probably elsewhere: try the next fix.",
  slow: "Your connection is slow. Likes can fail to save on a connection like this: try the tips above, then check again.",
  verySlow: "Your connection is very slow. Likes are likely to fail to save: switch between Wi-Fi and mobile data, then check again.",
  offline: "You're offline: this phone has no internet connection right now. Turn on Wi-Fi or mobile data, then check again.",
  checking: "Checking your connection…",
  noAnswer: "This site did not answer, so your connection may be down or very unstable. Try switching networks, then check again.",
  online: "Online",
  yes: "Yes",
  no: "No",
  roundTrip: "Round trip",
  roundTripValue: (ms: number, tries: number) => `${ms} ms (middle of ${tries} tries)`,
  checkAgain: "Check again",
} as const satisfies Text;

export type ConnectionText = Widen<typeof en>;

const es: ConnectionText = {
  heading: "Prueba en vivo: la conexión de este teléfono",
  about: "Mide qué tan rápido responde el servidor de este sitio. No es TikTok, pero si aquí sale lento, a TikTok también le va a costar.",
  needsJs: "La prueba en vivo necesita JavaScript; los pasos de arriba funcionan sin él.",
  good: "Tu conexión se ve bien. Si tus me gusta se siguen quitando, la causa debe estar en otro lado: prueba el siguiente arreglo.",
  slow: "Tu conexión está lenta. Con una conexión así, los me gusta pueden no guardarse: prueba los consejos de arriba y revisa otra vez.",
  verySlow: "Tu conexión está muy lenta. Es probable que los me gusta no se guarden: cambia entre wifi y datos móviles, y revisa otra vez.",
  offline: "Estás sin conexión: este teléfono no tiene internet ahora mismo. Activa el wifi o los datos móviles y revisa otra vez.",
  checking: "Revisando tu conexión…",
  noAnswer: "Este sitio no respondió, así que tu conexión puede estar caída o muy inestable. Prueba cambiar de red y revisa otra vez.",
  online: "Conectado",
  yes: "Sí",
  no: "No",
  roundTrip: "Ida y vuelta",
  roundTripValue: (ms, tries) => `${ms} ms (el del medio de ${tries} intentos)`,
  checkAgain: "Revisar otra vez",
};

export const connectionText: Record<Language, ConnectionText> = { en, es };
