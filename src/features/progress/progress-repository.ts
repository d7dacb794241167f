// The one object that reads and writes the stored progress log for the store: every operation takes the cross-tab
// lock, reads what is stored, merges and writes at most once. It remembers the value it last read or wrote, so
// while no other tab writes, a save neither parses nor validates the whole log again (the zod pass over 16,000
// events costs ~400 ms). The validating code (zod) loads only once a stored log needs reading.
import { appendEvents, mergeEvents } from '@/learning/event-log';
import type { ProgressEvent } from '@/learning/progress-events';
import { appendBeforeUnload, browserLocks, CHANGE_KEY, isQuotaError, PROGRESS_KEY, serialiseProgress, withProgressLock, type WriteResult } from './progress-format';
import type { SnapshotReason } from './snapshots';

export type StorageModule = typeof import('./progress-storage');
type StoredState = ReturnType<StorageModule['parseStored']>;
export type SnapshotsModule = typeof import('./snapshots');

/** What `open` found: a log to use (maybe after setting damage aside), or a value this version must not touch. */
export type Opened = { kind: 'ok'; events: ProgressEvent[]; notice: string | null; setAsideKey: string | null } | { kind: 'read-only'; notice: string };

/** What another tab left in storage, as `read` sees it. */
export type Seen = { kind: 'ok'; events: ProgressEvent[]; mark: string | null } | { kind: 'newer'; version: number } | { kind: 'unreadable' };

export type ChangeOutcome = { ok: true; snapshotKey: string | null; events: ProgressEvent[] } | { ok: false; reason: 'no-room-for-snapshot' | 'quota' | 'blocked' };

export interface ProgressRepository {
  /** Whether nothing is stored yet (a new learner): checked without loading any validation. */
  isEmpty(): boolean;
  /** Reads the log at start: sets damaged data aside, snapshots then migrates older data, leaves newer data alone. */
  open(): Promise<Opened>;
  /** Adds the events `take` returns (called under the lock, so events recorded while waiting join) in one write. */
  append(take: () => readonly ProgressEvent[]): Promise<WriteResult & { written: readonly ProgressEvent[]; mark: string | null }>;
  /** Snapshot, then replace the log with `events` (or, with `merge`, add them to it): import, reset, restore. */
  change(events: readonly ProgressEvent[], reason: SnapshotReason, merge: boolean): Promise<ChangeOutcome>;
  /** What is stored now (another tab wrote). */
  read(): Promise<Seen>;
  /** A closing page: adds `events` at once, without the lock (its callback may never run). */
  appendNow(events: readonly ProgressEvent[]): boolean;
}

export interface RepositoryOptions {
  /** The Web Locks to take; null for none. The browser's by default. */
  locks?: LockManager | null;
  loadStorage?: () => Promise<StorageModule>;
  loadSnapshots?: () => Promise<SnapshotsModule>;
}

export const newerNotice = (version: number): string =>
  `Your saved progress was written by a newer version of Seven Layers (format ${version}). It is kept exactly as it is and progress is read-only here; reload to get the newer version. Nothing is saved until then.`;

export function createProgressRepository(storage: Storage, options: RepositoryOptions = {}): ProgressRepository {
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const loadStorage = options.loadStorage ?? (() => import('./progress-storage'));
  const loadSnapshots = options.loadSnapshots ?? (() => import('./snapshots'));
  let storageModule: StorageModule | null = null;
  const storageCode = async (): Promise<StorageModule> => (storageModule ??= await loadStorage());
  /** The stored value as this tab last read or wrote it, and its events: equal strings need no second validation. */
  let known: { raw: string; events: ProgressEvent[] } | null = null;

  const write = (events: ProgressEvent[]): WriteResult => {
    const raw = serialiseProgress(events);
    try {
      storage.setItem(PROGRESS_KEY, raw);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      return { ok: false, reason: 'quota', events };
    }
    known = { raw, events };
    return { ok: true, events };
  };

  /**
   * Reads what is stored and hands it to `handle` in the same synchronous step, so nothing (another tab's write
   * without Web Locks, another store's microtask) can come between the read and a write `handle` makes. A value equal
   * to the one this tab last saw is not validated again; the validating code loads first when it is needed.
   */
  const withStored = async <R>(handle: (stored: StoredState) => R): Promise<R> => {
    for (;;) {
      const raw = storage.getItem(PROGRESS_KEY);
      if (raw === null) return handle({ kind: 'empty' });
      if (known && raw === known.raw) return handle({ kind: 'ok', events: known.events, migratedFrom: null });
      if (storageModule) {
        const stored = storageModule.parseStored(raw);
        if (stored.kind === 'ok' && stored.migratedFrom === null) known = { raw, events: stored.events };
        return handle(stored);
      }
      await storageCode();
    }
  };

  return {
    isEmpty: () => storage.getItem(PROGRESS_KEY) === null,

    open: async () => {
      if (storage.getItem(PROGRESS_KEY) === null) return { kind: 'ok', events: [], notice: null, setAsideKey: null };
      const mod = await storageCode();
      const { takeSnapshot } = await loadSnapshots();
      return withProgressLock(
        () =>
          withStored((stored): Opened => {
            if (stored.kind === 'empty') return { kind: 'ok', events: [], notice: null, setAsideKey: null };
            if (stored.kind === 'newer') return { kind: 'read-only', notice: newerNotice(stored.version) };
            if (stored.kind === 'corrupt') {
              try {
                const key = mod.setAside(storage, stored.raw);
                storage.removeItem(PROGRESS_KEY);
                return { kind: 'ok', events: [], notice: `Your saved progress could not be read: ${stored.reason}. A copy was kept so nothing is lost; you can download it from the Progress page.`, setAsideKey: key };
              } catch {
                return { kind: 'read-only', notice: `Your saved progress could not be read (${stored.reason}) and there is no room to keep a copy, so it is left untouched and progress is read-only.` };
              }
            }
            if (stored.migratedFrom !== null) {
              try {
                takeSnapshot(storage, 'migration');
                write(stored.events);
              } catch {
                // No room for the snapshot: use the migrated log in memory and leave the stored value as it was.
              }
            }
            return { kind: 'ok', events: stored.events, notice: null, setAsideKey: null };
          }),
        locks,
      );
    },

    append: (take) =>
      withProgressLock(
        () =>
          withStored((stored) => {
            const written = take();
            const mark = storage.getItem(CHANGE_KEY);
            if (stored.kind === 'corrupt' || stored.kind === 'newer') return { ok: false as const, reason: 'blocked' as const, events: [...written], written, mark };
            // A new learner's first events: nothing to read or merge, so no validation was loaded.
            return { ...write(appendEvents(stored.kind === 'ok' ? stored.events : [], written)), written, mark };
          }),
        locks,
      ),

    change: async (events, reason, merge) => {
      // Both modules load before the lock is taken, so no other tab waits on a download.
      await storageCode();
      const { takeSnapshot } = await loadSnapshots();
      return withProgressLock(
        () =>
          withStored((stored): ChangeOutcome => {
            if (stored.kind === 'newer' || (merge && stored.kind === 'corrupt')) return { ok: false, reason: 'blocked' };
            let snapshotKey: string | null;
            try {
              snapshotKey = takeSnapshot(storage, reason);
            } catch {
              return { ok: false, reason: 'no-room-for-snapshot' };
            }
            if (!merge) {
              try {
                storage.setItem(CHANGE_KEY, `${Date.now()}:${Math.random().toString(36).slice(2)}`);
              } catch {
                return { ok: false, reason: 'quota' };
              }
            }
            const result = write(mergeEvents(merge && stored.kind === 'ok' ? stored.events : [], events));
            return result.ok ? { ok: true, snapshotKey, events: result.events } : { ok: false, reason: 'quota' };
          }),
        locks,
      );
    },

    read: () =>
      withStored((stored): Seen => {
        if (stored.kind === 'newer') return stored;
        if (stored.kind === 'corrupt') return { kind: 'unreadable' };
        return { kind: 'ok', events: stored.kind === 'ok' ? stored.events : [], mark: storage.getItem(CHANGE_KEY) };
      }),

    appendNow: (events) => {
      const raw = storage.getItem(PROGRESS_KEY);
      if (raw !== null && known && raw === known.raw) return write(appendEvents(known.events, events)).ok;
      if (storageModule && raw !== null) {
        const stored = storageModule.parseStored(raw);
        return stored.kind === 'ok' && write(mergeEvents(stored.events, events)).ok;
      }
      appendBeforeUnload(storage, events);
      return storage.getItem(PROGRESS_KEY) !== raw;
    },
  };
}
