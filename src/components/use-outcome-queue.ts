import { useEffect } from "react";
import { counting, sendQueued, whenIdle } from "@/lib/outcomes";

/** Sends answers still queued from earlier (offline, or a tab closed mid-send) once the page is idle, and again when the connection comes back. */
export function useOutcomeQueue() {
  useEffect(() => {
    if (!counting()) return;
    const send = () => whenIdle(() => void sendQueued());
    send();
    addEventListener("online", send);
    return () => removeEventListener("online", send);
  }, []);
}
