import type { Device } from "@/wizard/machine";

/**
 * Guesses the phone from the browser, for pre-selecting an answer only; the person always chooses.
 * iPadOS reports itself as a Mac, so a Mac with a touch screen counts as an iPad.
 */
export function detectDevice(userAgent: string, maxTouchPoints = 0): Device | undefined {
  if (/android/i.test(userAgent)) return "android";
  if (/iphone|ipad|ipod/i.test(userAgent)) return "iphone";
  if (/macintosh/i.test(userAgent) && maxTouchPoints > 1) return "iphone";
  return undefined;
}
