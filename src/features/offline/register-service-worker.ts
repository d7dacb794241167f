// Registers the service worker from our own module (no inline script, for the CSP). Loaded with import() after
// hydration, so workbox-window is not in the first-load JavaScript.
import { Workbox } from 'workbox-window';
import { useAppUpdateStore } from './app-update-store';

/** Registers /sw.js and reports a waiting version to the update prompt; never reloads without the learner. */
export async function registerServiceWorker(container: ServiceWorkerContainer | undefined = navigator.serviceWorker): Promise<void> {
  if (!container) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  const set = useAppUpdateStore.setState;

  const offerUpdate = (): void => {
    set({
      updateReady: true,
      applyUpdate: () => {
        // Reload once the new version controls this page, so every chunk comes from the same version.
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  };
  wb.addEventListener('waiting', offerUpdate);
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) set({ offlineReady: true });
  });
  await wb.register();
}
