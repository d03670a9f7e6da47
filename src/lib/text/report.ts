/**
 * The support report's words (src/components/support-report.tsx, src/lib/report.ts), in each
 * language; loaded with the report's own code, on the support step only.
 */
import type { Language } from "@/content/languages";
import type { Text, Widen } from "../ui-text";
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const en = {
  heading: "Your report, ready to paste",
  label: "Everything you tried, in one message for TikTok's support team:",
  copy: "Copy report",
  copied: "Report copied. Paste it into TikTok's report form.",
  copyFailed: "Could not copy. Select the text above and copy it by hand.",
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
} as const satisfies Text;

export type ReportText = Widen<typeof en>;
const meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

const es: ReportText = {
  heading: "Tu reporte, listo para pegar",
  label: "Todo lo que probaste, en un solo mensaje para el equipo de soporte de TikTok:",
  copy: "Copiar reporte",
  copied: "Reporte copiado. Pégalo en el formulario de reporte de TikTok.",
  copyFailed: "No se pudo copiar. Selecciona el texto de arriba y cópialo a mano.",
  title: "Problema con los me gusta en TikTok",
  whatHappens: (symptom) => `Qué pasa: ${symptom}`,
  phone: (device) => `Teléfono: ${device}`,
  notGiven: "sin indicar",
  quickCheck: (check) => `Revisión rápida: ${check}`,
  date: (date) => `Fecha: ${date.getDate()} de ${meses[date.getMonth()]} de ${date.getFullYear()}`,
  triedHeading: "Lo que ya probé:",
  nothingTried: "Todavía no probé ningún arreglo.",
  stepsFollowed: (url) => `Pasos que seguí: ${url}`,
};

export const reportText: Record<Language, ReportText> = { en, es };
