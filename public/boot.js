/* global document, localStorage, window, PerformanceObserver */
// The page's one blocking script, before the first paint: it applies the remembered colour theme, then starts the
// app's scripts once the page is on screen. An external file, not an inline script, because the
// Content-Security-Policy allows only scripts of our own origin. Keep the key in step with
// src/features/theme/theme-choice.ts, and the meta tag with scripts/prerender.ts.
try {
  var theme = localStorage.getItem('seven-layers:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch {
  // Storage blocked: the system theme applies.
}
// The app's scripts start after the first paint: the prerendered page is complete and its links work without
// them, and fetching them earlier only competes with the stylesheet for a slow line (a phone's largest paint waited
// for the JavaScript). The entry comes first in the list, then the chunks it needs, preloaded.
(function () {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var meta = document.querySelector('meta[name="seven-layers:scripts"]');
    var files = meta ? meta.getAttribute('content').split(' ') : [];
    for (var i = 1; i < files.length; i++) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.setAttribute('href', files[i]);
      document.head.appendChild(link);
    }
    if (files[0]) import(files[0]);
  }
  // The first contentful paint is reported once it is on screen; a browser without paint timing waits two frames.
  // No timers: a page under a test's fake clock (or a throttled background tab) must start all the same.
  try {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length) start();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(start);
    });
  }
  // A tab opened in the background paints nothing until it is shown: it starts once loaded. A visible tab must
  // not: on a fast machine the load event can come before the first paint.
  if (document.visibilityState === 'hidden') window.addEventListener('load', start);
})();
