import { create } from 'zustand';

export interface AppUpdateState {
  /** A new version is installed and waiting; it takes over only when the learner asks. */
  updateReady: boolean;
  /** The whole course is stored for offline use (set once, after the first install). */
  offlineReady: boolean;
  /** Activates the waiting version, then reloads the page (set by the service worker registration). */
  applyUpdate: (() => void) | null;
  /** Hides the prompt until the next version; the waiting version takes over when every tab is closed. */
  dismiss: () => void;
}

/** The state of the installed app versus the one on the server. */
export const useAppUpdateStore = create<AppUpdateState>()((set) => ({
  updateReady: false,
  offlineReady: false,
  applyUpdate: null,
  dismiss: () => set({ updateReady: false, offlineReady: false }),
}));
