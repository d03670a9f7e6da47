import { createContext, useContext, type ComponentProps, type MouseEvent } from "react";
import { useNavigate, type NavigateFunction } from "react-router";

const NavigateContext = createContext<NavigateFunction | null>(null);

/** Gives the links below it the router's `navigate`, asked for once instead of once per link. */
export function GuideNavigation({ children }: { children: React.ReactNode }) {
  return <NavigateContext.Provider value={useNavigate()}>{children}</NavigateContext.Provider>;
}

type GuideLinkProps = Omit<ComponentProps<"a">, "href"> & { to: string; replace?: boolean };

/**
 * A link to another page of the site that a click follows without loading a page, as React
 * Router's `<Link>` does for a plain path. Lighter: it does not follow the location (a `<Link>`
 * renders again on every step change, the header's and footer's too) and asks for nothing per link.
 *
 * The step change starts in a task after the click instead of inside it: React then draws the new
 * step once, where inside the click it drew the router's "loading" state first and then the step,
 * and the new step's effects (the focus moved to its heading among them) wait until it is on screen.
 * Without JavaScript, or with a modifier key, another button or another target, it is a plain link.
 */
export function GuideLink({ to, replace, onClick, target, ...rest }: GuideLinkProps) {
  const navigate = useContext(NavigateContext);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!navigate || event.defaultPrevented || event.button !== 0 || (target && target !== "_self")) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    // A link to the page already shown replaces it in the history, as React Router's does.
    const here = location.pathname + location.search + location.hash;
    afterThisTask(() => void navigate(to, { replace: replace ?? here === to }));
  };
  return <a href={to} target={target} {...rest} onClick={follow} />;
}

/**
 * Runs `task` in a task of its own, at once (a message, not a timer a browser may delay). A state
 * change made inside a click, even in its promises, is drawn before the click's task ends, one
 * render per change; made after it, React batches the router's changes into one render.
 */
function afterThisTask(task: () => void) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
}
