/**
 * The words of the site's own frame (buttons, headings, labels, the footer, the 404 page, the
 * share panel, the support report, the live check and counts…), in each language the guide is
 * written in. The steps' own words are in content/*.md and content/<lang>/*.md, not here.
 *
 * English is the original: its object says which texts exist, and the type makes every other
 * language give each of them (a parameterised text is a function of the same parameters).
 * Components read their language's texts with `useUiText()` (src/components/language.tsx);
 * plain functions take a `lang` (src/lib/report.ts, live-counts.ts, page-meta.ts).
 *
 * A text that sits around an element (a link, a date) is split where the element goes: `…Before`
 * and `…After`, each language filling both. Punctuation that only closes a sentence (the "." after
 * a link) stays in the component.
 */
import type { Language } from "@/content/languages";

/** What a text can be: words, words made from parameters, or a group of texts. */
type Text = string | ((...args: never[]) => string) | { readonly [key: string]: Text };

/** The type every language gives: English's keys and parameters, with any words. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

const en = {
  format: {
    /** Counts as a reader reads them: "1,203". */
    number: (n: number) => n.toLocaleString("en-US"),
    /** "142 readers", in the live and evidence lines; `shown`: the number as written (format.number). */
    readers: (n: number, shown: string) => `${shown} ${n === 1 ? "reader" : "readers"}`,
  },
  nav: {
    siteName: "Likes troubleshooter",
    skipToStep: "Skip to the step",
  },
  meta: {
    pageNotFound: "Page not found",
  },
  error: {
    heading: "Something went wrong",
    body: "This page could not be shown. Reloading usually helps; if not, start again.",
    startAgain: "Start again",
  },
  notFound: {
    kicker: "Error 404",
    heading: "This step does not exist",
    body: "The link may be cut short or out of date. Start again and you will be back at the same step in a few taps.",
    startAgain: "Start again",
  },
  steps: {
    progress: (index: number, total: number) => `Step ${index} of ${total}`,
    /** "Steps for **Android**." */
    stepsForBefore: "Steps for ",
    showInstead: (device: string) => `Show ${device} instead`,
    /** "What worked: **Update TikTok**" */
    workedBefore: "What worked: ",
    navLabel: "Step",
    back: "Back",
    startAgain: "Start again",
  },
  answers: {
    /** Marks the answer for the phone the browser says it is. */
    thisPhone: "This phone",
  },
  resume: {
    heading: "Continue where you left off?",
    youWereOn: (title: string) => `You were on: ${title}`,
    continue: "Continue",
  },
  share: {
    heading: "Send this step to someone",
    share: "Share this step",
    showQr: "Show QR code",
    hideQr: "Hide QR code",
    shared: "Shared.",
    copied: "Link copied. Paste it into a chat to send this exact step.",
    failed: "Could not copy the link. Select it below and copy it by hand.",
    qrLabel: (url: string) => `QR code of the link to this step: ${url}`,
    scan: "Scan it with the phone that has TikTok to open this step there.",
    linkBefore: "Link: ",
    qrUnavailable: 'The QR code could not be loaded. Check the connection, then tap "Show QR code" again.',
  },
  report: {
    heading: "Your report, ready to paste",
    label: "Everything you tried, in one message for TikTok's support team:",
    copy: "Copy report",
    copied: "Report copied. Paste it into TikTok's report form.",
    copyFailed: "Could not copy. Select the text above and copy it by hand.",
    unavailable: "The report could not be loaded. Reload this page to see it.",
    // The report itself (src/lib/report.ts), pasted into TikTok's form.
    title: "Problem with likes on TikTok",
    whatHappens: (symptom: string) => `What happens: ${symptom}`,
    phone: (device: string) => `Phone: ${device}`,
    notGiven: "not given",
    quickCheck: (check: string) => `Quick check: ${check}`,
    /** "26 November 2026", in the reader's own time zone (written out by hand: see report.ts). */
    date: (date: Date) => `Date: ${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`,
    triedHeading: "What I have already tried:",
    nothingTried: "I have not tried any fixes yet.",
    stepsFollowed: (url: string) => `Steps I followed: ${url}`,
  },
  connection: {
    heading: "Live check: this phone's connection",
    about: "Measures how quickly this site's own server answers. It is not TikTok, but a slow result here means TikTok will struggle too.",
    needsJs: "The live check needs JavaScript; the steps above work without it.",
    unavailable: "The live check could not be loaded: this phone may be offline. The steps above work without it.",
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
  },
  live: {
    ourLiveCount: "Our live count: ",
    howWeCount: "How we count",
    normal: "No sign of a wider problem in our counts right now.",
    /** How each problem is put in "N readers reported … in the last hour". */
    reportedAs: {
      unliking: "likes flipping back",
      missing: "liked videos missing",
      dropping: "likes on their videos dropping",
    },
    thisProblem: "this problem",
    /** `readers`: "142 readers" (format.readers); `n`: how many, for the grammar. */
    reported: (readers: string, n: number, what: string, times: string) =>
      `${readers} reported ${what} in the last hour, about ${times}× the usual for this time of the week`,
    high: (reported: string) => `${reported}: most likely a problem on TikTok's side.`,
    raised: (reported: string) => `${reported}: more than usual, so a wider problem may be starting.`,
  },
  evidence: {
    worked: ({ share, readers, device, days, low, high }: { share: string; readers: string; n: number; device?: string; days: number; low: string; high: string }) =>
      `Worked for ${share} of ${readers} who tried it${device ? ` on ${device}` : ""} in the last ${days} days (likely ${low}–${high}).`,
    allFigures: "All the figures",
  },
  menuFlag: {
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
  },
  sources: {
    /** "…last checked in <date>, over a year ago…" */
    staleBefore: "These menu names were last checked in ",
    staleAfter: ", over a year ago: TikTok may have changed its menus since.",
    guidesOnly: "Menu names reported by guides only, not by TikTok or the press: names may differ. ",
    /** "Menu names checked against <sources>, in <date>. Not checked…" */
    checkedBefore: "Menu names checked against ",
    checkedMiddle: ", in",
    checkedAfter: ". Not checked in the app itself: if a name differs in yours, look for the nearest match.",
    factsBefore: "Facts on this page: ",
    /** Before the last of a list of sources; `next` is its name. */
    and: (_next: string) => " and ",
    allSources: "Every source this guide uses",
  },
  footer: {
    allFixes: "Every fix at once",
    allFixesAfter: ", on one page to read or print.",
    map: "The whole guide as a map",
    mapAfter: ", every step and where each answer leads.",
    onYourSite: "Put this guide on your site",
    independent:
      "An independent help page. Not affiliated with, endorsed by or connected to TikTok or ByteDance. TikTok is a trademark of its owner.",
    counting:
      "No trackers, no cookies, no third-party requests. Each answer you tap is counted (the step, the answer, the day) to learn which fixes work; nothing that identifies you is kept, and browsers that send Global Privacy Control or Do Not Track are not counted.",
    howWeCount: "How we count",
    stats: "Which fixes work",
    notCounting: "No trackers, no cookies, no third-party requests.",
  },
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

export type UiText = Widen<typeof en>;

/**
 * Neutral Latin American Spanish, "tú", in the words of content/es/ ("me gusta", "arreglo",
 * "reporte", "teléfono", "wifi").
 */
const es: UiText = {
  format: {
    number: (n) => n.toLocaleString("es-419"),
    readers: (n, shown) => `${shown} ${n === 1 ? "persona" : "personas"}`,
  },
  nav: {
    siteName: "Ayuda con los me gusta",
    skipToStep: "Saltar al paso",
  },
  meta: {
    pageNotFound: "Página no encontrada",
  },
  error: {
    heading: "Algo salió mal",
    body: "No se pudo mostrar esta página. Volver a cargarla suele funcionar; si no, empieza de nuevo.",
    startAgain: "Empezar de nuevo",
  },
  notFound: {
    kicker: "Error 404",
    heading: "Este paso no existe",
    body: "Puede que el enlace esté cortado o sea viejo. Empieza de nuevo y en unos pocos toques vuelves al mismo paso.",
    startAgain: "Empezar de nuevo",
  },
  steps: {
    progress: (index, total) => `Paso ${index} de ${total}`,
    stepsForBefore: "Pasos para ",
    showInstead: (device) => `Cambiar a ${device}`,
    workedBefore: "Lo que funcionó: ",
    navLabel: "Paso",
    back: "Atrás",
    startAgain: "Empezar de nuevo",
  },
  answers: {
    thisPhone: "Este teléfono",
  },
  resume: {
    heading: "¿Sigues donde te quedaste?",
    youWereOn: (title) => `Ibas en: ${title}`,
    continue: "Seguir",
  },
  share: {
    heading: "Envía este paso a alguien",
    share: "Compartir este paso",
    showQr: "Mostrar código QR",
    hideQr: "Ocultar código QR",
    shared: "Compartido.",
    copied: "Enlace copiado. Pégalo en un chat para enviar este mismo paso.",
    failed: "No se pudo copiar el enlace. Selecciónalo abajo y cópialo a mano.",
    qrLabel: (url) => `Código QR del enlace a este paso: ${url}`,
    scan: "Escanéalo con el teléfono que tiene TikTok para abrir este paso ahí.",
    linkBefore: "Enlace: ",
    qrUnavailable: 'No se pudo cargar el código QR. Revisa la conexión y toca "Mostrar código QR" otra vez.',
  },
  report: {
    heading: "Tu reporte, listo para pegar",
    label: "Todo lo que probaste, en un solo mensaje para el equipo de soporte de TikTok:",
    copy: "Copiar reporte",
    copied: "Reporte copiado. Pégalo en el formulario de reporte de TikTok.",
    copyFailed: "No se pudo copiar. Selecciona el texto de arriba y cópialo a mano.",
    unavailable: "No se pudo cargar el reporte. Vuelve a cargar esta página para verlo.",
    title: "Problema con los me gusta en TikTok",
    whatHappens: (symptom) => `Qué pasa: ${symptom}`,
    phone: (device) => `Teléfono: ${device}`,
    notGiven: "sin indicar",
    quickCheck: (check) => `Revisión rápida: ${check}`,
    date: (date) => `Fecha: ${date.getDate()} de ${meses[date.getMonth()]} de ${date.getFullYear()}`,
    triedHeading: "Lo que ya probé:",
    nothingTried: "Todavía no probé ningún arreglo.",
    stepsFollowed: (url) => `Pasos que seguí: ${url}`,
  },
  connection: {
    heading: "Prueba en vivo: la conexión de este teléfono",
    about: "Mide qué tan rápido responde el servidor de este sitio. No es TikTok, pero si aquí sale lento, a TikTok también le va a costar.",
    needsJs: "La prueba en vivo necesita JavaScript; los pasos de arriba funcionan sin él.",
    unavailable: "No se pudo cargar la prueba en vivo: puede que este teléfono no tenga conexión. Los pasos de arriba funcionan sin ella.",
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
    roundTripValue: (ms, tries) => `${ms} ms (el valor del medio de ${tries} intentos)`,
    checkAgain: "Revisar otra vez",
  },
  live: {
    ourLiveCount: "Nuestro conteo en vivo: ",
    howWeCount: "Cómo contamos",
    normal: "Por ahora, nuestros conteos no muestran señales de un problema general.",
    reportedAs: {
      unliking: "me gusta que se quitan solos",
      missing: "videos que faltan en su lista de me gusta",
      dropping: "me gusta que bajan en sus videos",
    },
    thisProblem: "este problema",
    reported: (readers, n, what, times) =>
      `${readers} ${n === 1 ? "reportó" : "reportaron"} ${what} en la última hora, unas ${times} veces lo normal para esta hora de la semana`,
    high: (reported) => `${reported}: lo más probable es que sea un problema de TikTok.`,
    raised: (reported) => `${reported}: más de lo normal, así que puede estar empezando un problema general.`,
  },
  evidence: {
    worked: ({ share, readers, n, device, days, low, high }) =>
      `Funcionó para el ${share} de ${readers} que lo ${n === 1 ? "probó" : "probaron"}${device ? ` en ${device}` : ""} en los últimos ${days} días (probablemente entre ${low} y ${high}).`,
    allFigures: "Todas las cifras",
  },
  menuFlag: {
    summary: "El menú se veía distinto en mi app",
    question: "¿Qué era distinto?",
    reasons: {
      name: "Un nombre era distinto",
      missing: "Faltaba un botón",
      order: "El orden era distinto",
    },
    failed: "No se pudo enviar ahora. Inténtalo más tarde.",
    thanks: "¡Gracias! Los contamos, y los pasos que más se marcan los volvemos a revisar con sus fuentes.",
  },
  sources: {
    staleBefore: "Estos nombres de menú se revisaron por última vez en ",
    staleAfter: ", hace más de un año: puede que TikTok haya cambiado sus menús desde entonces.",
    guidesOnly: "Nombres de menú que solo dan guías, no TikTok ni la prensa: pueden ser distintos. ",
    checkedBefore: "Nombres de menú revisados con ",
    checkedMiddle: ", en",
    checkedAfter: ". No se revisaron en la app misma: si un nombre es distinto en la tuya, busca el más parecido.",
    factsBefore: "Datos de esta página: ",
    // "y" is "e" before a word that starts with the sound "i" ("Apple e Infobae"), but not before "hie"/"hia".
    and: (next) => (/^h?[ií](?![aeoáéó])/i.test(next) ? " e " : " y "),
    allSources: "Todas las fuentes que usa esta guía",
  },
  footer: {
    allFixes: "Todos los arreglos juntos",
    allFixesAfter: ", en una página para leer o imprimir.",
    map: "Toda la guía en un mapa",
    mapAfter: ", cada paso y a dónde lleva cada respuesta.",
    onYourSite: "Pon esta guía en tu sitio",
    independent: "Una página de ayuda independiente, sin relación con TikTok ni ByteDance y sin su respaldo. TikTok es una marca registrada de su dueño.",
    counting:
      "Sin rastreadores, sin cookies y nada que se cargue desde otros sitios. Cada respuesta que tocas se cuenta (el paso, la respuesta, el día) para saber qué arreglos funcionan; no se guarda nada que te identifique, y no se cuentan los navegadores que envían Global Privacy Control o Do Not Track.",
    howWeCount: "Cómo contamos",
    stats: "Qué arreglos funcionan",
    notCounting: "Sin rastreadores, sin cookies y nada que se cargue desde otros sitios.",
  },
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

export const uiText: Record<Language, UiText> = { en, es };
