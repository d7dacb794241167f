import { create } from 'zustand';
import { mergeEvents, newEventId } from './event-log';
import type { ProgressEvent } from './progress-events';
import { appendBeforeUnload, PROGRESS_KEY, withProgressLock, writeExactly, type WriteResult } from './progress-format';
import type { SnapshotReason } from './snapshots';

// Reading, validating and merging a stored log (zod) load only once there is a stored log to read or merge into.
type StorageModule = typeof import('./progress-storage');
let loadedStorage: StorageModule | null = null;
const storageModule = (): Promise<StorageModule> => import('./progress-storage').then((mod) => (loadedStorage = mod));

type NewEvent = ProgressEvent extends infer E ? (E extends ProgressEvent ? Omit<E, 'id' | 'at'> : never) : never;

export type ProgressStatus = 'loading' | 'ready' | 'read-only';
export type ChangeResult = { ok: true; snapshotKey: string | null } | { ok: false; message: string };

export interface ProgressState {
  events: ProgressEvent[];
  status: ProgressStatus;
  /** A message for the learner about their saved progress, if something needs their attention. */
  notice: string | null;
  /** Key under which a damaged stored value was set aside. */
  setAsideKey: string | null;
  /** Loads the log from storage and starts listening to other tabs. */
  start: (storage?: Storage) => Promise<void>;
  /** Appends an event to the log and saves it. */
  record: (event: NewEvent) => Promise<void>;
  /** Replaces (or, with `merge`, adds to) the whole log, after a snapshot of what was stored: import, reset, restore. */
  change: (events: readonly ProgressEvent[], reason: SnapshotReason, merge: boolean) => Promise<ChangeResult>;
}

const QUOTA_NOTICE = 'Your browser storage is full, so your latest progress is not saved yet. Export your progress from the Progress page, then free some space (other sites’ data, or old snapshots).';
export const CHANNEL_NAME = 'seven-layers:progress';

/** Events this tab made that are not yet known to be in storage: only these are ever pushed, so a reset in another tab sticks. */
const pending = new Map<string, ProgressEvent>();
let activeStorage: Storage | null = null;
let channel: BroadcastChannel | null = null;
let starting: Promise<void> | null = null;

export const useProgressStore = create<ProgressState>()((set, get) => {
  const saved = (result: WriteResult): void => {
    if (result.ok) for (const e of result.events) pending.delete(e.id);
    set({ events: mergeEvents(result.events, [...pending.values()]) });
    if (!result.ok && result.reason === 'quota') set({ notice: QUOTA_NOTICE });
    else if (result.ok && get().notice === QUOTA_NOTICE) set({ notice: null });
    if (result.ok) channel?.postMessage('changed');
  };

  const save = async (): Promise<void> => {
    const storage = activeStorage;
    if (get().status !== 'ready' || !storage || pending.size === 0) return;
    saved(
      await withProgressLock(async () => {
        // Nothing stored yet (a new learner's first event): nothing to read or merge, so no validation to load.
        if (storage.getItem(PROGRESS_KEY) === null) return writeExactly(storage, [...pending.values()]);
        return (await storageModule()).writeMerged(storage, [...pending.values()]);
      }),
    );
  };

  /** Another tab wrote: show its events with ours, and push ours again if its write did not include them. */
  const reload = async (): Promise<void> => {
    const storage = activeStorage;
    if (!storage) return;
    const stored = (await storageModule()).readStored(storage);
    if (stored.kind === 'newer') return set({ status: 'read-only', notice: newerNotice(stored.version) });
    if (stored.kind === 'corrupt') return;
    const events = stored.kind === 'ok' ? stored.events : [];
    set({ events: mergeEvents(events, [...pending.values()]) });
    if (pending.size) void save();
  };

  const listen = (): void => {
    window.addEventListener('storage', (e) => {
      if (e.key === PROGRESS_KEY || e.key === null) void reload();
    });
    if (typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel(CHANNEL_NAME);
      channel.onmessage = () => void reload();
    }
    // A reload or closed tab right after an answer: write synchronously, as the lock's callback may never run.
    window.addEventListener('pagehide', () => {
      const storage = activeStorage;
      if (!pending.size || !storage || get().status !== 'ready') return;
      if (loadedStorage) loadedStorage.writeMerged(storage, [...pending.values()]);
      else appendBeforeUnload(storage, [...pending.values()]);
    });
  };

  const startOnce = async (storage: Storage): Promise<void> => {
    activeStorage = storage;
    listen();
    // A new learner has nothing to read, validate or migrate: the storage code loads once a stored log needs merging.
    if (storage.getItem(PROGRESS_KEY) === null) {
      set({ status: 'ready', events: mergeEvents([], [...pending.values()]) });
      return save();
    }
    const mod = await storageModule();
    const { opened, notice, setAsideKey } = await withProgressLock(() => openStorage(storage, mod));
    if (opened.kind === 'newer') return set({ status: 'read-only', notice });
    set({ status: 'ready', notice, setAsideKey, events: mergeEvents(opened.events, [...pending.values()]) });
    await save();
  };

  return {
    events: [],
    status: 'loading',
    notice: null,
    setAsideKey: null,
    start: (storage = window.localStorage) => {
      // StrictMode and several layouts may call start more than once: every caller waits for the one load.
      starting ??= startOnce(storage);
      return starting;
    },
    record: async (event) => {
      const full = { ...event, id: newEventId(), at: Date.now() } as ProgressEvent;
      pending.set(full.id, full);
      set({ events: mergeEvents(get().events, [full]) });
      await save();
    },
    change: async (events, reason, merge) => {
      const storage = activeStorage;
      if (get().status !== 'ready' || !storage) return { ok: false, message: 'Progress cannot be changed now: it is read-only or still loading.' };
      const mod = await storageModule();
      const { takeSnapshot } = await import('./snapshots');
      return withProgressLock((): ChangeResult => {
        let snapshotKey: string | null;
        try {
          snapshotKey = takeSnapshot(storage, reason);
        } catch {
          return { ok: false, message: 'There is no room in browser storage for a safety copy, so nothing was changed. Export your progress, then free some space.' };
        }
        if (!merge) pending.clear();
        const result = merge ? mod.writeMerged(storage, events) : mod.writeExactly(storage, events);
        saved(result);
        return result.ok ? { ok: true, snapshotKey } : { ok: false, message: result.reason === 'quota' ? QUOTA_NOTICE : 'Saved progress could not be read, so nothing was changed.' };
      });
    },
  };
});

const newerNotice = (version: number): string =>
  `Your saved progress was written by a newer version of Seven Layers (format ${version}). It is kept exactly as it is and progress is read-only here; reload to get the newer version. Nothing is saved until then.`;

type Opened = { kind: 'newer' } | { kind: 'ok'; events: ProgressEvent[] };

/** Reads storage at start: sets damaged data aside, snapshots then migrates older data, leaves newer data alone. */
async function openStorage(storage: Storage, mod: StorageModule): Promise<{ opened: Opened; notice: string | null; setAsideKey: string | null }> {
  const stored = mod.readStored(storage);
  if (stored.kind === 'newer') return { opened: { kind: 'newer' }, notice: newerNotice(stored.version), setAsideKey: null };
  if (stored.kind === 'corrupt') {
    try {
      const key = mod.setAside(storage, stored.raw);
      storage.removeItem(mod.PROGRESS_KEY);
      return { opened: { kind: 'ok', events: [] }, notice: `Your saved progress could not be read: ${stored.reason}. A copy was kept so nothing is lost; you can download it from the Progress page.`, setAsideKey: key };
    } catch {
      return { opened: { kind: 'newer' }, notice: `Your saved progress could not be read (${stored.reason}) and there is no room to keep a copy, so it is left untouched and progress is read-only.`, setAsideKey: null };
    }
  }
  if (stored.kind === 'ok' && stored.migratedFrom !== null) {
    const { takeSnapshot } = await import('./snapshots');
    try {
      takeSnapshot(storage, 'migration');
      mod.writeExactly(storage, stored.events);
    } catch {
      // No room for the snapshot: use the migrated log in memory and leave the stored value as it was.
    }
  }
  return { opened: { kind: 'ok', events: stored.kind === 'ok' ? stored.events : [] }, notice: null, setAsideKey: null };
}

/** Topics the learner has read (a later "unread" undoes it), as `layer/topic` keys. */
export function selectReadTopics(state: Pick<ProgressState, 'events'>): Set<string> {
  const read = new Set<string>();
  for (const e of state.events) {
    if (e.type === 'topic-read') read.add(e.topic);
    else if (e.type === 'topic-unread') read.delete(e.topic);
  }
  return read;
}

/** The topic the learner opened last, for "continue where you left off". */
export function selectLastOpened(state: Pick<ProgressState, 'events'>): string | null {
  for (let i = state.events.length - 1; i >= 0; i--) {
    const e = state.events[i];
    if (e?.type === 'topic-opened') return e.topic;
  }
  return null;
}
