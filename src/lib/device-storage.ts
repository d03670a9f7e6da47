/**
 * This device's localStorage, or nothing where the browser refuses it (blocked storage, some
 * private modes throw on the mere access). Callers treat nothing as "not remembered".
 */
export function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
