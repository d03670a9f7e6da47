import { useEffect } from "react";
import { whenIdle } from "@/lib/idle";
import { counting, sendQueued } from "@/lib/outcomes";

/** Sends answers still queued from earlier (offline, or a tab closed mid-send) once the page is idle, and again when the connection comes back. */
export function useOutcomeQueue() {
  useEffect(() => {
    if (!counting()) return;
    const send = () => void whenIdle(() => void sendQueued(), 2_000);
    send();
    addEventListener("online", send);
    return () => removeEventListener("online", send);
  }, []);
}
