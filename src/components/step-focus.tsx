import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";

/**
 * After a step change without a page load, moves focus to the new heading and announces it,
 * as a full page load would for a screen reader. The first render is left alone.
 */
export function StepFocus() {
  const { pathname } = useLocation();
  const first = useRef(true);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.getElementById("step-heading");
    heading?.focus({ preventScroll: false });
    setAnnouncement(heading?.textContent ?? document.title);
  }, [pathname]);

  return (
    <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="step-announcer">
      {announcement}
    </p>
  );
}
