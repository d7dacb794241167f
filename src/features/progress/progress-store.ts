import { create } from 'zustand';
import { mergeEvents, newEventId } from './event-log';
import type { ProgressEvent } from './progress-events';
import type { StoredState, WriteResult } from './progress-storage';

// Storage and its zod validation load after the first paint: nothing needs them before hydration.
const storageModule = () => import('./progress-storage');

type NewEvent = ProgressEvent extends infer E ? (E extends ProgressEvent ? Omit<E, 'id' | 'at'> : never) : never;

export type ProgressStatus = 'loading' | 'ready' | 'read-only';

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
}

let listening = false;
let activeStorage: Storage | null = null;

export const useProgressStore = create<ProgressState>()((set, get) => {
  const save = async (storage: Storage): Promise<void> => {
    if (get().status === 'read-only') return;
    const { withProgressLock, writeMerged } = await storageModule();
    const result: WriteResult = await withProgressLock(() => writeMerged(storage, get().events));
    set({ events: result.events });
    if (!result.ok && result.reason === 'quota') {
      set({ notice: 'Your browser storage is full, so your latest progress is not saved yet. Export your progress from the Progress page, then free some space.' });
    }
  };

  const reload = async (storage: Storage): Promise<void> => {
    const stored: StoredState = (await storageModule()).readStored(storage);
    if (stored.kind === 'ok') {
      const merged = mergeEvents(get().events, stored.events);
      const missing = merged.length !== stored.events.length;
      set({ events: merged });
      if (missing) void save(storage); // another tab wrote without some of ours: put them back
    }
  };

  return {
    events: [],
    status: 'loading',
    notice: null,
    setAsideKey: null,
    start: async (storage = window.localStorage) => {
      activeStorage = storage;
      const { PROGRESS_KEY, readStored, setAside } = await storageModule();
      const stored = readStored(storage);
      if (stored.kind === 'newer') {
        set({
          status: 'read-only',
          notice: `Your saved progress was written by a newer version of Seven Layers (format ${stored.version}). It is kept exactly as it is; reload to get the newer version. Nothing is saved until then.`,
        });
        return;
      }
      if (stored.kind === 'corrupt') {
        const key = setAside(storage, stored.raw);
        storage.removeItem(PROGRESS_KEY);
        set({ setAsideKey: key, notice: `Your saved progress could not be read: ${stored.reason}. A copy was kept so nothing is lost; you can download it from the Progress page.` });
      }
      set({ status: 'ready', events: mergeEvents(get().events, stored.kind === 'ok' ? stored.events : []) });
      if (get().events.length) void save(storage);
      if (!listening) {
        listening = true;
        window.addEventListener('storage', (e) => {
          if (e.key === PROGRESS_KEY && e.storageArea === storage) void reload(storage);
        });
      }
    },
    record: async (event) => {
      const full = { ...event, id: newEventId(), at: Date.now() } as ProgressEvent;
      set({ events: mergeEvents(get().events, [full]) });
      if (get().status === 'ready' && activeStorage) await save(activeStorage);
    },
  };
});

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
