import type { UiText } from "./ui-text";


/**
 * Neutral Latin American Spanish, "tú", in the words of content/es/ ("me gusta", "arreglo",
 * "reporte", "teléfono", "wifi").
 */
export const es: UiText = {
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
    stats: "Qué arreglos funcionan (en inglés)",
    notCounting: "Sin rastreadores, sin cookies y nada que se cargue desde otros sitios.",
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
  parts: {
    /** What stands in for the support report when its code cannot be fetched. */
    report: "No se pudo cargar el reporte. Vuelve a cargar esta página para verlo.",
    /** The same for the live connection check. */
    connection: "No se pudo cargar la prueba en vivo: puede que este teléfono no tenga conexión. Los pasos de arriba funcionan sin ella.",
  },
};
