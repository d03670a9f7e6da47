/*! Likes troubleshooter, for another site's page. Paste where the guide should appear:
 *    <script src="https://THIS-SITE/embed.js" async></script>
 * Options: data-start="/unliking" (the question to open at), data-lang="es" (the guide in Spanish;
 * English otherwise), data-scheme="light" or "dark" (otherwise the page's own look), data-title
 * (the frame's name for screen readers).
 * It adds one iframe after itself and sizes it to each step; it sets no cookie, stores nothing and
 * loads nothing else. The frame tells it two things (src/lib/embed-frame.ts, step-focus.tsx): its
 * height, and that the step changed. */
(function () {
  "use strict";
  var SOURCE = "likes-troubleshooter";
  var script = document.currentScript;
  if (!script || !script.src || !window.URL || !window.postMessage) return;
  var origin = new URL(script.src).origin;

  // Only a step's own address: "/" or lowercase segments. Anything else opens at the start.
  var start = script.getAttribute("data-start") || "/";
  if (!/^\/([a-z0-9-]+\/?)*$/.test(start)) {
    console.warn("Likes troubleshooter: data-start=\"" + start + "\" is not a step's address such as \"/unliking\"; opening at the first question.");
    start = "/";
  }
  start = start.replace(/\/+$/, "");

  // The languages the guide is written in besides English (src/lib/language-path.ts): each under its prefix.
  var LANGUAGES = { es: "/es" };
  var lang = script.getAttribute("data-lang");
  var prefix = "";
  if (lang && lang !== "en") {
    if (Object.prototype.hasOwnProperty.call(LANGUAGES, lang)) prefix = LANGUAGES[lang];
    else console.warn("Likes troubleshooter: data-lang=\"" + lang + "\" is not a language of the guide (en, es); opening in English.");
  }

  var forced = script.getAttribute("data-scheme");
  if (forced !== "light" && forced !== "dark") forced = null;

  /** "dark" or "light" from a CSS colour behind the frame (any syntax: a canvas converts it to sRGB), or null when it is (nearly) transparent. */
  var canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  function schemeOfColour(colour) {
    if (!canvas || !colour) return null;
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = "rgba(0, 0, 0, 0)";
    canvas.fillStyle = colour;
    canvas.fillRect(0, 0, 1, 1);
    var p = canvas.getImageData(0, 0, 1, 1).data;
    if (p[3] < 128) return null;
    var lum = function (c) {
      c = c / 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    // Below about 18% relative luminance dark text stops being readable: a dark page.
    return 0.2126 * lum(p[0]) + 0.7152 * lum(p[1]) + 0.0722 * lum(p[2]) < 0.18 ? "dark" : "light";
  }

  /** The host page's look where the frame sits: the first background behind it, then its color-scheme, then the reader's setting. */
  function hostScheme() {
    if (forced) return forced;
    for (var el = frame.parentElement; el; el = el.parentElement) {
      var found = schemeOfColour(getComputedStyle(el).backgroundColor);
      if (found) return found;
    }
    var declared = getComputedStyle(document.documentElement).colorScheme || "";
    if (/\bdark\b/.test(declared) && !/\blight\b/.test(declared)) return "dark";
    if (/\blight\b/.test(declared) && !/\bdark\b/.test(declared)) return "light";
    return window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  var frame = document.createElement("iframe");
  frame.title = script.getAttribute("data-title") || (prefix ? "Ayuda con los me gusta" : "Likes troubleshooter");
  frame.setAttribute("allow", "clipboard-write; web-share");
  frame.style.cssText = "display:block;width:100%;max-width:100%;height:640px;border:0;margin:0;overflow:hidden";
  script.parentNode.insertBefore(frame, script.nextSibling);
  var scheme = hostScheme();
  frame.style.colorScheme = scheme;
  frame.src = origin + "/embed" + prefix + start + "?scheme=" + scheme;

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== frame.contentWindow || event.origin !== origin || !data || data.source !== SOURCE) return;
    if (data.type === "height" && typeof data.height === "number" && data.height > 0 && data.height < 100000) {
      frame.style.height = Math.ceil(data.height) + "px";
    } else if (data.type === "step" && frame.getBoundingClientRect().top < 0) {
      // The reader tapped an answer below the top of a long step: show the new step from its top.
      frame.scrollIntoView({ block: "start" });
    }
  });

  // The host page can change its look while open (a theme switch, the phone's dark mode at dusk).
  function followScheme() {
    var now = hostScheme();
    if (now === scheme) return;
    scheme = now;
    frame.style.colorScheme = scheme;
    if (frame.contentWindow) frame.contentWindow.postMessage({ source: SOURCE, type: "scheme", scheme: scheme }, origin);
  }
  if (!forced) {
    if (window.matchMedia) {
      var query = matchMedia("(prefers-color-scheme: dark)");
      if (query.addEventListener) query.addEventListener("change", followScheme);
    }
    if (window.MutationObserver) {
      var observer = new MutationObserver(followScheme);
      var watch = { attributes: true, attributeFilter: ["class", "style", "data-theme", "data-scheme", "data-mode"] };
      for (var el = frame.parentElement; el; el = el.parentElement) observer.observe(el, watch);
    }
  }
})();
