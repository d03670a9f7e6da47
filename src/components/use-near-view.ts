import { useEffect, useState, type RefObject } from "react";

/**
 * True once the element is on screen or within `margin` below it, and from then on. Where the
 * browser has no IntersectionObserver, true at once.
 */
export function useNearView(ref: RefObject<Element | null>, margin = "50%"): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === "undefined") return setNear(true);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: `0px 0px ${margin} 0px` });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, margin]);
  return near;
}
