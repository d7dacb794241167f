/// <reference lib="webworker" />
// The service worker: precaches every prerendered page, every JS/CSS chunk (question banks and mermaid included)
// and the icons, so after the first visit the whole course works offline. It never activates a new version by
// itself while a page is open (an exam may be running): the page asks the learner, then sends SKIP_WAITING.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

/** /layers/x/y (or /layers/x/y/, with any query) → /layers/x/y/index.html, the way a static host serves it. */
const prerenderedPage = ({ url }: { url: URL }): URL[] => {
  const path = url.pathname.replace(/\/+$/, '');
  return [new URL(`${path}/index.html`, url.origin), new URL(`${path}.html`, url.origin)];
};

// Filled in after prerendering by scripts/precache.mjs (the HTML does not exist when Vite builds this file).
precacheAndRoute(self.__WB_MANIFEST, { urlManipulation: prerenderedPage, ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// A URL that was not prerendered (an app URL with state, or a mistyped one): the 404 page is also the app shell,
// and renders whatever the router makes of the URL.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/404.html')));

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes control of the open page at once, so it works offline without a reload; later versions
// wait in `waiting` until the learner says reload.
clientsClaim();
