/** The words of the pages beside the steps (src/routes/), loaded with those pages only. */
import type { Language } from "@/content/languages";
import type { Text, Widen } from "../ui-text";

const en = {
  allFixes: {
    title: "Every fix at once",
    description: "All the guide's fixes on one page, in the order the guide tries them, for iPhone and Android, ready to print.",
    intro:
      "Every fix in the order the guide tries them: the harmless ones first, the one that can cost drafts last. Try one, check whether your likes stick, then go on to the next. Each fix links to its own step, which asks whether it worked.",
    print: "To keep it next to your phone, print this page: the site's header and footer are left out, and links show their address.",
    on: (device: string) => `On ${device}`,
    openStep: (device?: string) => `Open this step${device ? ` for ${device}` : ""}`,
  },
  map: {
    title: "The whole guide as a map",
    description: "Every step of the guide and where each answer leads, as a diagram and as a list.",
    intro:
      "Every step of the guide and where each answer leads, from the first question to a fix, an explanation or a report to TikTok. Each box opens its step.",
    diagramHeading: "The diagram",
    diagramHelp:
      "Read it from the top. Fixes have a thick outline, explanations a dashed one, and the endings a grey fill. Left out to keep it readable: the links on a fix or on the report that show the same step for the other phone. On a small screen, the diagram scrolls sideways; the list below says the same in words.",
    diagramLabel: "The diagram, scrolls sideways",
    listHeading: "Every step, and where each answer leads",
    or: ", or ",
    dependingOnWay: ", depending on the way here",
    ends: "The guide ends here.",
  },
  sourcesPage: {
    title: "Where this guide's advice comes from",
    description: "Every source behind the guide's menu paths and facts, with the steps that rely on each one.",
    compared:
      "Menu names were compared with these pages, not with the TikTok app itself, and TikTok renames things now and then. Each step says which pages its menu names come from and when they were compared.",
    kindsExplained:
      "Each source is marked official (TikTok, Apple or Google), press (a news or trade outlet) or guide (anyone else, such as a how-to site or a charity). Where only guides give a menu's names, the step says so.",
    kinds: {
      official: "official (TikTok, Apple or Google)",
      press: "press",
      guide: "guide (not official, not press)",
    },
    undated: ", undated",
    menuNames: " (menu names)",
    start: "Start the troubleshooter",
  },
  howWeCount: {
    title: "How we count answers",
    description: "What the guide counts when you answer a step, what it never keeps, and how to opt out.",
  },
  onYourSite: {
    title: "Put this guide on your site",
    description: "One line of HTML shows this troubleshooter inside your own page, growing with each step, with no cookies and no trackers.",
    copy: "Copy",
    copied: "Copied.",
    copyFailed: "Could not copy: select the text above and copy it by hand.",
  },
} as const satisfies Text;

export type SitePagesText = Widen<typeof en>;

const es: SitePagesText = {
  allFixes: {
    title: "Todos los arreglos juntos",
    description: "Todos los arreglos de la guía en una página, en el orden en que la guía los prueba, para iPhone y Android, listos para imprimir.",
    intro:
      "Todos los arreglos en el orden en que la guía los prueba: primero los que no hacen daño y al final el que te puede costar borradores. Prueba uno, revisa si tus me gusta se quedan y pasa al siguiente. Cada arreglo tiene un enlace a su paso, que te pregunta si funcionó.",
    print: "Para tenerla junto a tu teléfono, imprime esta página: se dejan fuera el encabezado y el pie del sitio, y los enlaces muestran su dirección.",
    on: (device) => `En ${device}`,
    openStep: (device) => `Abrir este paso${device ? ` para ${device}` : ""}`,
  },
  map: {
    title: "Toda la guía en un mapa",
    description: "Cada paso de la guía y a dónde lleva cada respuesta, en un diagrama y en una lista.",
    intro:
      "Cada paso de la guía y a dónde lleva cada respuesta, desde la primera pregunta hasta un arreglo, una explicación o un reporte a TikTok. Cada cuadro abre su paso.",
    diagramHeading: "El diagrama",
    diagramHelp:
      "Léelo desde arriba. Los arreglos tienen un borde grueso, las explicaciones uno punteado y los finales un fondo gris. Para que se lea mejor, faltan los enlaces de un arreglo o del reporte que muestran el mismo paso para el otro teléfono. En una pantalla pequeña, el diagrama se desliza hacia los lados; la lista de abajo dice lo mismo con palabras.",
    diagramLabel: "El diagrama, se desliza hacia los lados",
    listHeading: "Cada paso y a dónde lleva cada respuesta",
    or: ", o ",
    dependingOnWay: ", según cómo llegaste",
    ends: "Aquí termina la guía.",
  },
  sourcesPage: {
    title: "De dónde salen los consejos de esta guía",
    description: "Todas las fuentes de los menús y datos de la guía, con los pasos que usan cada una.",
    compared:
      "Los nombres de menú se compararon con estas páginas, no con la app de TikTok, y TikTok cambia nombres de vez en cuando. Cada paso dice de qué páginas salen sus nombres de menú y cuándo se compararon.",
    kindsExplained:
      "Cada fuente está marcada como oficial (TikTok, Apple o Google), prensa (un medio de noticias o especializado) o guía (cualquier otra, como un sitio de tutoriales o una organización benéfica). Cuando solo las guías dan los nombres de un menú, el paso lo dice.",
    kinds: {
      official: "oficial (TikTok, Apple o Google)",
      press: "prensa",
      guide: "guía (ni oficial ni prensa)",
    },
    undated: ", sin fecha",
    menuNames: " (nombres de menú)",
    start: "Empezar la guía",
  },
  howWeCount: {
    title: "Cómo contamos las respuestas",
    description: "Qué cuenta la guía cuando respondes un paso, qué nunca guarda y cómo hacer que no te cuente.",
  },
  onYourSite: {
    title: "Pon esta guía en tu sitio",
    description: "Con una línea de HTML, esta guía aparece dentro de tu propia página y crece con cada paso, sin cookies ni rastreadores.",
    copy: "Copiar",
    copied: "Copiado.",
    copyFailed: "No se pudo copiar: selecciona el texto de arriba y cópialo a mano.",
  },
};

export const sitePagesText: Record<Language, SitePagesText> = { en, es };
