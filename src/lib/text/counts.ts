/**
 * Our own counts' words: the live level and how often a fix worked (src/lib/live-counts.ts),
 * loaded with their code when a reader nears them.
 */
import type { Language } from "@/content/languages";
import type { Text, Widen } from "../ui-text";

const en = {
  format: {
    /** Counts as a reader reads them: "1,203". */
    number: (n: number) => n.toLocaleString("en-US"),
    /** "142 readers", in the live and evidence lines; `shown`: the number as written (format.number). */
    readers: (n: number, shown: string) => `${shown} ${n === 1 ? "reader" : "readers"}`,
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
} as const satisfies Text;

export type CountsText = Widen<typeof en>;

const es: CountsText = {
  format: {
    number: (n) => n.toLocaleString("es-419"),
    readers: (n, shown) => `${shown} ${n === 1 ? "persona" : "personas"}`,
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
    raised: (reported) => `${reported}: más de lo normal, puede que empiece un problema general.`,
  },
  evidence: {
    worked: ({ share, readers, n, device, days, low, high }) =>
      `Funcionó para el ${share} de ${readers} que lo ${n === 1 ? "probó" : "probaron"}${device ? ` en ${device}` : ""} en los últimos ${days} días (probablemente entre ${low} y ${high}).`,
    allFigures: "Todas las cifras",
  },
};

export const countsText: Record<Language, CountsText> = { en, es };
