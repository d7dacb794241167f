import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { COMPACT_AFTER_EVENTS } from '@/learning/compaction-policy';
import { appendEvents, isCompactable, latestSnapshot, mergeEvents, newEventId } from '@/learning/event-log';
import type { ProgressEvent } from '@/learning/progress-events';
import { createProgressRepository, type ProgressRepository } from './progress-repository';
import { PROGRESS_KEY, type WriteResult } from './progress-format';
import type { SnapshotReason } from './snapshots';

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
  /** Loads the log from storage (or from the repository given) and starts listening to other tabs. */
  start: (storage?: Storage | ProgressRepository) => Promise<void>;
  /**
   * Appends an event to the log. Everything recorded in the same moment (this task and its microtasks) is saved in
   * one write, just after; the promise resolves once the event is in the log (`flush` waits for the write).
   */
  record: (event: NewEvent) => Promise<void>;
  /** Replaces (or, with `merge`, adds to) the whole log, after a snapshot of what was stored: import, reset, restore. Changes apply in call order. */
  change: (events: readonly ProgressEvent[], reason: SnapshotReason, merge: boolean) => Promise<ChangeResult>;
  /** Resolves once everything recorded and changed so far has been written (or could not be). */
  flush: () => Promise<void>;
  /** Stops listening to other tabs and the page, and closes the channel (tests, and a store that is done). */
  stop: () => void;
}

export type ProgressStore = UseBoundStore<StoreApi<ProgressState>>;

type Compaction = Pick<typeof import('@/learning/compaction'), 'compactionDue' | 'compactionEvent'>;

export interface ProgressStoreOptions {
  /** The repository for the storage `start` is given; by default with the browser's Web Locks. */
  repository?: (storage: Storage) => ProgressRepository;
  /** Where the store hears of other tabs (`storage`) and of the page going away (`pagehide`): the window. */
  target?: () => EventTarget | null;
  /** The channel other tabs announce their writes on. */
  channel?: () => Pick<BroadcastChannel, 'postMessage' | 'close' | 'onmessage'> | null;
  /** Loads compaction (FSRS); null turns compaction off. */
  loadCompaction?: (() => Promise<Compaction>) | null;
  /** Runs `task` after the current moment (task and microtasks), when its events are written. */
  later?: (task: () => void) => void;
}

/** How long this tab checks that its writes were not lost to another tab's stale read. */
const RECENT_MS = 10_000;
const QUOTA_NOTICE = 'Your browser storage is full, so your latest progress is not saved yet. Export your progress from the Progress page, then free some space (other sites’ data, or old snapshots).';
export const CHANNEL_NAME = 'seven-layers:progress';

const changeMessage = {
  'no-room-for-snapshot': 'There is no room in browser storage for a safety copy, so nothing was changed. Export your progress, then free some space.',
  quota: QUOTA_NOTICE,
  blocked: 'Saved progress could not be read, so nothing was changed.',
} as const;

const isRepository = (source: Storage | ProgressRepository | undefined): source is ProgressRepository => source !== undefined && 'append' in source;
const defaultChannel = (): BroadcastChannel | null => (typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL_NAME) : null);
const defaultTarget = (): EventTarget | null => (typeof window !== 'undefined' ? window : null);

/**
 * A progress store: the log in memory, saved through one repository. Every storage operation (load, the write of a
 * moment's events, a change, a reload after another tab wrote) runs in one queue in call order, so a reset
 * followed by an import always ends with the import, whatever the module loads cost. All of its state is here.
 */
export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  const makeRepository = options.repository ?? ((storage: Storage) => createProgressRepository(storage));
  const later = options.later ?? ((task: () => void) => void setTimeout(task, 0));
  const loadCompaction = options.loadCompaction === undefined ? () => import('@/learning/compaction') : options.loadCompaction;

  let repository: ProgressRepository | null = null;
  /** Events this tab made that are not yet known to be in storage (only these are ever pushed, so a reset in another tab sticks), with the number of changes called before each. */
  const pending = new Map<string, { event: ProgressEvent; epoch: number }>();
  /**
   * Events this tab wrote in the last seconds, with the change mark they were written under. Under Web Locks a tab
   * can still read a stale value (Chromium gives each renderer its own copy of localStorage, updated a moment
   * after another tab's write) and write it back without our events: when a later value lacks one of these, and
   * no reset or replace happened since, it is pushed again.
   */
  const recent = new Map<string, { event: ProgressEvent; mark: string | null; until: number }>();
  /** How many changes have been called: a replacing change drops only the pending events recorded before it. */
  let epoch = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let writeScheduled: number | null = null;
  let reloadQueued = false;
  let compacting = false;
  let stopped = false;
  let starting: Promise<void> | null = null;
  const cleanups: (() => void)[] = [];

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(() => (stopped ? (undefined as T) : task()));
    queue = run.catch(() => undefined);
    return run;
  };
  const pendingEvents = (upTo = Infinity): ProgressEvent[] => [...pending.values()].filter((p) => p.epoch <= upTo).map((p) => p.event);

  return create<ProgressState>()((set, get) => {
    let channel: Pick<BroadcastChannel, 'postMessage' | 'close' | 'onmessage'> | null = null;

    const saved = (result: WriteResult, written: readonly ProgressEvent[]): void => {
      if (result.ok) for (const e of written) pending.delete(e.id);
      set({ events: appendEvents(result.events, pendingEvents()) });
      if (!result.ok && result.reason === 'quota') set({ notice: QUOTA_NOTICE });
      else if (result.ok && get().notice === QUOTA_NOTICE) set({ notice: null });
      if (result.ok) {
        channel?.postMessage('changed');
        void compact();
      }
    };

    /** The one write of this moment's events (and any recorded while it waits for the lock). */
    const scheduleWrite = (): void => {
      if (writeScheduled === epoch) return;
      const upTo = (writeScheduled = epoch);
      const moment = new Promise<void>((resolve) => later(resolve));
      void enqueue(async () => {
        await moment;
        if (writeScheduled === upTo) writeScheduled = null;
        const repo = repository;
        if (!repo || get().status !== 'ready' || pendingEvents(upTo).length === 0) return;
        const result = await repo.append(() => pendingEvents(upTo));
        const now = Date.now();
        for (const [id, r] of recent) if (r.until < now) recent.delete(id);
        if (result.ok) for (const e of result.written) recent.set(e.id, { event: e, mark: result.mark, until: now + RECENT_MS });
        if (result.written.length || !result.ok) saved(result, result.written);
      });
    };

    /** Another tab wrote: show its events with ours, and push ours again if its write did not include them. */
    const reload = (): void => {
      if (reloadQueued) return;
      reloadQueued = true;
      void enqueue(async () => {
        reloadQueued = false;
        const repo = repository;
        if (!repo || get().status !== 'ready') return;
        const seen = await repo.read();
        if (seen.kind === 'newer') {
          const { newerNotice } = await import('./progress-repository');
          return set({ status: 'read-only', notice: newerNotice(seen.version) });
        }
        if (seen.kind === 'unreadable') return;
        const ids = new Set(seen.events.map((e) => e.id));
        const snapshot = latestSnapshot(seen.events);
        const now = Date.now();
        for (const [id, r] of recent) {
          if (r.until < now || r.mark !== seen.mark) recent.delete(id);
          else if (!ids.has(id) && !(snapshot && isCompactable(r.event) && r.event.at <= snapshot.until) && !pending.has(id)) pending.set(id, { event: r.event, epoch: 0 });
        }
        set({ events: mergeEvents(seen.events, pendingEvents()) });
        if (pending.size) scheduleWrite();
      });
    };

    /** A log past the threshold is compacted here, by the store, after load and after writes. */
    const compact = async (): Promise<void> => {
      if (!loadCompaction || compacting || get().status !== 'ready' || get().events.length < COMPACT_AFTER_EVENTS) return;
      compacting = true;
      try {
        const { compactionDue, compactionEvent } = await loadCompaction();
        const events = get().events;
        const until = compactionDue(events, Date.now());
        if (until !== null && !stopped && get().status === 'ready') void get().record(compactionEvent(events, until));
      } finally {
        compacting = false;
      }
    };

    const listen = (): void => {
      const target = (options.target ?? defaultTarget)();
      if (target) {
        const onStorage = (e: Event) => {
          const key = (e as StorageEvent).key;
          if (key === PROGRESS_KEY || key === null) reload();
        };
        // A reload or closed tab right after an answer: write synchronously, as the lock's callback may never run.
        const onPageHide = () => {
          const repo = repository;
          if (!pending.size || !repo || get().status !== 'ready') return;
          const events = pendingEvents();
          if (repo.appendNow(events)) for (const e of events) pending.delete(e.id);
        };
        target.addEventListener('storage', onStorage);
        target.addEventListener('pagehide', onPageHide);
        cleanups.push(() => {
          target.removeEventListener('storage', onStorage);
          target.removeEventListener('pagehide', onPageHide);
        });
      }
      channel = (options.channel ?? defaultChannel)();
      if (channel) {
        channel.onmessage = () => reload();
        const open = channel;
        cleanups.push(() => {
          open.onmessage = null;
          open.close();
        });
      }
    };

    const startOnce = async (repo: ProgressRepository): Promise<void> => {
      repository = repo;
      listen();
      // A new learner has nothing to read, validate or migrate: the storage code loads once a stored log needs merging.
      if (repo.isEmpty()) {
        set({ status: 'ready', events: mergeEvents([], pendingEvents()) });
      } else {
        const opened = await enqueue(() => repo.open());
        if (!opened) return;
        if (opened.kind === 'read-only') return set({ status: 'read-only', notice: opened.notice });
        set({ status: 'ready', notice: opened.notice, setAsideKey: opened.setAsideKey, events: mergeEvents(opened.events, pendingEvents()) });
      }
      if (pending.size) scheduleWrite();
      void compact();
    };

    return {
      events: [],
      status: 'loading',
      notice: null,
      setAsideKey: null,
      start: (source) => {
        // StrictMode and several layouts may call start more than once: every caller waits for the one load.
        starting ??= startOnce(isRepository(source) ? source : makeRepository(source ?? window.localStorage));
        return starting;
      },
      record: (event) => {
        const full = { ...event, id: newEventId(), at: Date.now() } as ProgressEvent;
        pending.set(full.id, { event: full, epoch });
        set({ events: appendEvents(get().events, [full]) });
        scheduleWrite();
        return Promise.resolve();
      },
      change: (events, reason, merge) => {
        if (get().status !== 'ready' || !repository) return Promise.resolve({ ok: false, message: 'Progress cannot be changed now: it is read-only or still loading.' });
        const repo = repository;
        const mine = epoch++;
        return enqueue(async (): Promise<ChangeResult> => {
          if (get().status !== 'ready') return { ok: false, message: 'Progress cannot be changed now: it is read-only.' };
          // Events recorded before this change and not saved yet (a full storage) join a merge, and go with a replace.
          const before = pendingEvents(mine);
          const outcome = await repo.change(merge ? mergeEvents(events, before) : events, reason, merge);
          if (!outcome.ok) return { ok: false, message: changeMessage[outcome.reason] };
          for (const e of before) pending.delete(e.id);
          saved({ ok: true, events: outcome.events }, []);
          return { ok: true, snapshotKey: outcome.snapshotKey };
        }).then((result) => result ?? { ok: false, message: 'Progress cannot be changed now.' });
      },
      flush: async () => {
        // A write can lead to another (compaction, a reload): wait until the queue is quiet.
        while (!stopped) {
          const tail = queue;
          await tail;
          if (tail !== queue) continue;
          if (!compacting && writeScheduled === null) return;
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      },
      stop: () => {
        stopped = true;
        for (const cleanup of cleanups.splice(0)) cleanup();
        channel = null;
      },
    };
  });
}

/** The learner's progress for the whole page. */
export const useProgressStore: ProgressStore = createProgressStore();

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
