import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type HydrationState } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from './app/routes';
import { readHydration } from './app/hydration';
import { installTrustedTypes } from './shared/trusted-types';
import './ui/styles.css';

/** Loads the lazy route modules of the first page before hydrating, so the first render matches the HTML. */
async function loadLazyMatches(): Promise<void> {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async (m) => {
      const lazy = m.route.lazy;
      if (typeof lazy !== 'function') return;
      Object.assign(m.route, { ...(await lazy()), lazy: undefined });
    }),
  );
}

async function start(): Promise<void> {
  installTrustedTypes();
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing');
  const hydration = readHydration(document, window.location.pathname);
  await loadLazyMatches();
  const app = (router: ReturnType<typeof createBrowserRouter>) => (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  if (hydration) {
    // Hydrating inside a transition lets React yield to the browser every few milliseconds instead of blocking
    // the main thread for the whole page (the HTML is already visible and, for links, already usable).
    const router = createBrowserRouter(routes, { hydrationData: hydration as HydrationState });
    startTransition(() => {
      hydrateRoot(container, app(router));
    });
  } else {
    // A shell served for another URL (the 404 page or an app-shell fallback): render this URL from scratch.
    createRoot(container).render(app(createBrowserRouter(routes)));
  }
}

/** The service worker (offline use, update prompt) is not needed for the first paint: register it after load. */
function registerOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void import('./features/offline/register-service-worker').then((m) => m.registerServiceWorker());
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

void start().then(registerOfflineSupport);
