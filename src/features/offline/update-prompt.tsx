import type { ReactNode } from 'react';
import { useAppUpdateStore } from './app-update-store';

/**
 * Tells the learner a new version is ready and reloads only when they choose (an exam in progress is never
 * interrupted), and says once when the course has been stored for offline use.
 */
export function UpdatePrompt(): ReactNode {
  // The live region is always in the page, so screen readers announce what appears in it.
  return (
    <div className="app-update-region" role="status">
      <UpdateMessage />
    </div>
  );
}

function UpdateMessage(): ReactNode {
  const { updateReady, offlineReady, applyUpdate, dismiss } = useAppUpdateStore();
  if (updateReady && applyUpdate) {
    return (
      <div className="app-update">
        <p>A new version of Seven Layers is ready.</p>
        <button type="button" className="button" onClick={applyUpdate}>
          Reload
        </button>
        <button type="button" className="button button-quiet" onClick={dismiss}>
          Later
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="app-update">
        <p>The whole course is saved on this device: it now works offline.</p>
        <button type="button" className="button button-quiet" onClick={dismiss}>
          OK
        </button>
      </div>
    );
  }
  return null;
}
