import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { MESSAGE_SOURCE } from "@/lib/embed";
import { useIsEmbed } from "./embed-context";

/**
 * After a step change without a page load, moves focus to the new heading and announces it,
 * as a full page load would for a screen reader. The first render is left alone.
 * Inside another site's frame the focus moves without scrolling (a focus would scroll the host page
 * to the frame); the host's embed.js is told instead, and brings the frame's top into view only if
 * the reader has scrolled past it.
 */
export function StepFocus() {
  const { pathname } = useLocation();
  const embed = useIsEmbed();
  const first = useRef(true);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.getElementById("step-heading");
    heading?.focus({ preventScroll: embed });
    setAnnouncement(heading?.textContent ?? document.title);
    if (embed && window.parent !== window) window.parent.postMessage({ source: MESSAGE_SOURCE, type: "step" }, "*");
  }, [pathname, embed]);

  return (
    <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="step-announcer">
      {announcement}
    </p>
  );
}
