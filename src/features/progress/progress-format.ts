// The outside of the stored progress log and the writes that need no validation: the app starts, and a new learner
// saves a first event, without loading zod (its start-up cost blocked a phone's main thread for ~35 ms). Reading,
// validating and merging a stored log live in progress-storage.ts.
import { mergeEvents } from '@/learning/event-log';
import type { ProgressEvent } from '@/learning/progress-events';
import { CURRENT_VERSION } from '@/learning/progress-version';

/** The localStorage key of the log. */
export const PROGRESS_KEY = 'seven-layers:progress';

/**
 * Changed by every change that removes events on purpose (reset, replace, restore), so a tab can tell a removal
 * it must accept from a write that lost its events (a tab that read a stale value: see progress-store.ts).
 */
export const CHANGE_KEY = 'seven-layers:progress:changed';

// The version of the stored format lives with the event schemas it versions, in a module of its own (no zod).
export { CURRENT_VERSION } from '@/learning/progress-version';

/** The stored form of a log. */
export const serialiseProgress = (events: readonly ProgressEvent[]): string => JSON.stringify({ app: 'seven-layers', version: CURRENT_VERSION, events });

export type WriteResult = { ok: true; events: ProgressEvent[] } | { ok: false; reason: 'quota' | 'blocked'; events: ProgressEvent[] };

export const isQuotaError = (error: unknown): boolean => error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);

/** Writes exactly this log (a first save, a reset, a restore or an import that replaces). */
export function writeExactly(storage: Storage, events: readonly ProgressEvent[]): WriteResult {
  try {
    storage.setItem(PROGRESS_KEY, serialiseProgress(events));
    return { ok: true, events: [...events] };
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    return { ok: false, reason: 'quota', events: [...events] };
  }
}

/** The browser's Web Locks, where it has them. */
export const browserLocks = (): LockManager | null => (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null);

/** Runs `task` under the cross-tab Web Lock of the log (when `locks` is given), so read-merge-write never interleaves. */
export async function withProgressLock<T>(task: () => T | Promise<T>, locks: LockManager | null = browserLocks()): Promise<T> {
  if (!locks) return task();
  return locks.request(PROGRESS_KEY, () => task());
}

/**
 * The last-moment save of a closing page that has not loaded the validating code: adds `events` to a stored log of
 * this version by id, or writes them alone when nothing is stored; anything else is left as it is. A malformed log
 * written here is set aside (not lost) by the next full read.
 */
export function appendBeforeUnload(storage: Storage, events: readonly ProgressEvent[]): void {
  const raw = storage.getItem(PROGRESS_KEY);
  if (raw === null) {
    writeExactly(storage, events);
    return;
  }
  try {
    const data = JSON.parse(raw) as { app?: unknown; version?: unknown; events?: unknown };
    if (data.app !== 'seven-layers' || data.version !== CURRENT_VERSION || !Array.isArray(data.events)) return;
    writeExactly(storage, mergeEvents(data.events as ProgressEvent[], events));
  } catch {
    // Unreadable: leave it for the next full read to set aside.
  }
}
