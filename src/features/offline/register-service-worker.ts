// Registers the service worker from our own module (no inline script, for the CSP). Loaded with import() after
// hydration. The browser's own API, not workbox-window: a first visit runs this, and the two events it needs
// (a version installed for the first time, a newer one waiting) take a few lines.
import { useAppUpdateStore } from './app-update-store';

/** Registers /sw.js and reports a waiting version to the update prompt; never reloads without the learner. */
export async function registerServiceWorker(container: ServiceWorkerContainer | undefined = navigator.serviceWorker): Promise<void> {
  if (!container) return;
  const set = useAppUpdateStore.setState;

  const offerUpdate = (waiting: ServiceWorker): void => {
    set({
      updateReady: true,
      applyUpdate: () => {
        // Reload once the new version controls this page, so every chunk comes from the same version.
        container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        waiting.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  };
  const follow = (worker: ServiceWorker, registration: ServiceWorkerRegistration): void => {
    // With a version already active this is an update, which waits for the learner; otherwise it is the first.
    const isUpdate = registration.active !== null;
    const onState = (): void => {
      if (worker.state !== 'installed') return;
      worker.removeEventListener('statechange', onState);
      if (!isUpdate) set({ offlineReady: true });
      else offerUpdate(worker);
    };
    worker.addEventListener('statechange', onState);
    onState();
  };

  const registration = await container.register('/sw.js', { scope: '/' });
  // A version that was already waiting when this page opened (installed while another tab held the old one).
  if (registration.waiting) offerUpdate(registration.waiting);
  if (registration.installing) follow(registration.installing, registration);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) follow(registration.installing, registration);
  });
}
