import { afterEach, describe, expect, it } from 'vitest';
import { memoryLocks } from './memory-locks';
import { memoryStorage } from './memory-storage';
import type { ProgressEvent } from '@/learning/progress-events';
import { PROGRESS_KEY, serialiseProgress } from './progress-format';
import { createProgressRepository, type RepositoryOptions } from './progress-repository';
import { createProgressStore, type ProgressStore, type ProgressStoreOptions } from './progress-store';

type Stored = { version: number; events: (ProgressEvent & { topic?: string })[] } | null;
const stored = (storage: Storage) => JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null') as Stored;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A BroadcastChannel between the tabs of one test: delivers to every other member, a task later, as browsers do. */
function channelBus() {
  const members = new Set<{ onmessage: ((e: MessageEvent) => void) | null }>();
  return {
    members,
    join: () => {
      const member = {
        onmessage: null as ((e: MessageEvent) => void) | null,
        postMessage(data: unknown) {
          for (const other of members) if (other !== member) setTimeout(() => other.onmessage?.(new MessageEvent('message', { data })), 0);
        },
        close: () => void members.delete(member),
      };
      members.add(member);
      return member as unknown as BroadcastChannel;
    },
  };
}

/**
 * The localStorage of an origin as Chromium has it: each tab reads its own copy, which another tab's write reaches
 * a moment later, with a `storage` event. Web Locks do not make these reads fresh.
 */
function laggingOrigin(lagMs = 2) {
  const tabs: { copy: Map<string, string>; target: EventTarget }[] = [];
  return {
    storage(target: EventTarget): Storage {
      const me = { copy: new Map<string, string>(), target };
      tabs.push(me);
      const change = (key: string, value: string | null) => {
        if (value === null) me.copy.delete(key);
        else me.copy.set(key, value);
        for (const other of tabs) {
          if (other === me) continue;
          setTimeout(() => {
            if (value === null) other.copy.delete(key);
            else other.copy.set(key, value);
            other.target.dispatchEvent(Object.assign(new Event('storage'), { key }));
          }, lagMs);
        }
      };
      return {
        get length() {
          return me.copy.size;
        },
        key: (i) => [...me.copy.keys()][i] ?? null,
        getItem: (k) => me.copy.get(k) ?? null,
        setItem: (k, v) => change(k, String(v)),
        removeItem: (k) => change(k, null),
        clear: () => [...me.copy.keys()].forEach((k) => change(k, null)),
      };
    },
  };
}

/** Counts the writes of the log. */
function countWrites(storage: Storage): { count: number } {
  const counter = { count: 0 };
  const setItem = storage.setItem.bind(storage);
  storage.setItem = (key, value) => {
    if (key === PROGRESS_KEY) counter.count++;
    setItem(key, value);
  };
  return counter;
}

const stores: ProgressStore[] = [];
let bus = channelBus();

/** One browser tab: its own store, window (for `storage` and `pagehide`) and channel; storage and locks are the origin's. */
function tab(storage: Storage, locks: LockManager | null, options: ProgressStoreOptions & { repository?: never; repo?: RepositoryOptions } = {}) {
  const target = new EventTarget();
  const store = createProgressStore({
    repository: (s) => createProgressRepository(s, { locks, ...options.repo }),
    target: () => target,
    channel: () => bus.join(),
    loadCompaction: null,
    ...options,
  });
  stores.push(store);
  return { store, target, hide: () => target.dispatchEvent(new Event('pagehide')) };
}

const topics = (storage: Storage) => stored(storage)?.events.map((e) => e.topic);

afterEach(() => {
  // Every store of the test stops listening and closes its channel: nothing carries over to the next test.
  for (const store of stores.splice(0)) store.getState().stop();
  expect(bus.members.size).toBe(0);
  bus = channelBus();
});

describe('progress store', () => {
  it('starts a new learner at once with an empty log, and saves their first event', async () => {
    const storage = memoryStorage();
    const { store } = tab(storage, memoryLocks());
    await store.getState().start(storage);
    expect(store.getState()).toMatchObject({ status: 'ready', events: [], notice: null });
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();

    await store.getState().record({ type: 'topic-read', topic: 'application/aws-waf' });
    expect(store.getState().events).toMatchObject([{ type: 'topic-read', topic: 'application/aws-waf' }]);
    await store.getState().flush();
    expect(stored(storage)?.events).toMatchObject([{ type: 'topic-read', topic: 'application/aws-waf' }]);
  });

  it('writes what is recorded in the same moment once, and an exam submit once whatever its length', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: serialiseProgress([{ id: 'e1', at: 1, type: 'topic-read', topic: 'session/amazon-cognito' }]) });
    const writes = countWrites(storage);
    const { store } = tab(storage, memoryLocks());
    await store.getState().start(storage);
    const { record } = store.getState();
    void record({ type: 'topic-opened', topic: 'network/amazon-vpc' });
    void record({ type: 'topic-read', topic: 'network/amazon-vpc' });
    await store.getState().flush();
    expect(writes.count).toBe(1);

    // As the exam page submits: the submit event (awaited), then every answer and its review in a loop.
    for (const n of [3, 65]) {
      writes.count = 0;
      await record({ type: 'exam-submitted', exam: `x${n}`, reason: 'submitted' });
      for (let i = 0; i < n; i++) {
        void record({ type: 'answered', questionId: `q-${i}`, chosen: ['a'], correct: true, ms: 1000, mode: 'exam', session: `x${n}` });
        void record({ type: 'reviewed', questionId: `q-${i}`, rating: 3 });
      }
      await store.getState().flush();
      expect(writes.count).toBe(1);
    }
    expect(stored(storage)?.events).toHaveLength(1 + 2 + (1 + 3 * 2) + (1 + 65 * 2));
  });

  it('writes synchronously on pagehide an event recorded just before the page goes away', async () => {
    const storage = memoryStorage();
    const { store, hide } = tab(storage, memoryLocks());
    await store.getState().start(storage);
    void store.getState().record({ type: 'topic-opened', topic: 'network/amazon-vpc' });
    // The moment's write has not happened yet: only the pagehide handler can have saved it by now.
    hide();
    expect(topics(storage)).toEqual(['network/amazon-vpc']);
    await store.getState().flush();
    expect(topics(storage)).toEqual(['network/amazon-vpc']);
  });

  it('writes on pagehide while another tab holds the lock (the lock’s callback may never run)', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: serialiseProgress([{ id: 'e1', at: 1, type: 'topic-read', topic: 'session/amazon-cognito' }]) });
    const locks = memoryLocks();
    const { store, hide } = tab(storage, locks);
    await store.getState().start(storage);
    let release = () => {};
    const otherTab = locks.request(PROGRESS_KEY, () => new Promise<void>((resolve) => (release = resolve)));
    await store.getState().record({ type: 'topic-opened', topic: 'network/amazon-vpc' });
    void store.getState().record({ type: 'topic-read', topic: 'network/amazon-vpc' });
    await nextTask();
    await nextTask();
    expect(locks.held(PROGRESS_KEY)).toBe(true);
    expect(topics(storage)).toEqual(['session/amazon-cognito']); // the write waits for the lock
    hide();
    expect(stored(storage)?.events.map((e) => e.type).sort()).toEqual(['topic-opened', 'topic-read', 'topic-read']);
    release();
    await otherTab;
    await store.getState().flush();
    expect(stored(storage)?.events).toHaveLength(3);
  });

  it('loads, validates and keeps a returning learner’s log', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: serialiseProgress([{ id: 'e1', at: 1, type: 'topic-read', topic: 'session/amazon-cognito' }]) });
    const { store } = tab(storage, memoryLocks());
    await store.getState().start(storage);
    expect(store.getState().events).toMatchObject([{ id: 'e1', type: 'topic-read' }]);
    await store.getState().record({ type: 'topic-read', topic: 'transport/aws-shield' });
    await store.getState().flush();
    expect(topics(storage)).toEqual(['session/amazon-cognito', 'transport/aws-shield']);
  });

  it('sets a damaged log aside instead of starting over on top of it', async () => {
    const raw = '{"app":"seven-layers","version":1,"events":[{"broken":';
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const { store } = tab(storage, memoryLocks());
    await store.getState().start(storage);
    const { status, notice, setAsideKey } = store.getState();
    expect(status).toBe('ready');
    expect(notice).toMatch(/could not be read/);
    expect(setAsideKey && storage.getItem(setAsideKey)).toBe(raw);
  });

  it('leaves a newer version’s log byte for byte and is read-only', async () => {
    const raw = '{"app":"seven-layers","version":99,"events":[],"future":true}';
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const { store, hide } = tab(storage, memoryLocks());
    await store.getState().start(storage);
    expect(store.getState()).toMatchObject({ status: 'read-only', notice: expect.stringMatching(/newer version/) });
    await store.getState().record({ type: 'topic-read', topic: 'transport/aws-shield' });
    expect((await store.getState().change([], 'reset', false)).ok).toBe(false);
    hide();
    await store.getState().flush();
    expect(storage.getItem(PROGRESS_KEY)).toBe(raw);
  });

  it('keeps new events in memory on a full storage, says so, and saves them once there is room', async () => {
    const saved = serialiseProgress([{ id: 'e1', at: 1, type: 'topic-read', topic: 'session/amazon-cognito' }]);
    const storage = memoryStorage({ [PROGRESS_KEY]: saved });
    const { store } = tab(storage, memoryLocks());
    await store.getState().start(storage);
    storage.full = true;
    await store.getState().record({ type: 'topic-read', topic: 'transport/aws-shield' });
    await store.getState().flush();
    expect(store.getState().notice).toMatch(/storage is full/);
    expect(store.getState().events).toHaveLength(2);
    expect(storage.getItem(PROGRESS_KEY)).toBe(saved);
    storage.full = false;
    await store.getState().record({ type: 'topic-read', topic: 'network/amazon-vpc' });
    await store.getState().flush();
    expect(topics(storage)).toEqual(['session/amazon-cognito', 'transport/aws-shield', 'network/amazon-vpc']);
    expect(store.getState().notice).toBeNull();
  });

  it('applies changes in call order even when their module loads are slow: reset, then import with Replace', async () => {
    const storage = memoryStorage();
    // The first load of the storage code is slow, later ones are at once: a later change would overtake an earlier one.
    const slowFirst = <T>(load: () => Promise<T>) => {
      let calls = 0;
      return () => (calls++ === 0 ? new Promise<T>((resolve) => setTimeout(() => resolve(load()), 50)) : load());
    };
    const { store } = tab(storage, memoryLocks(), {
      repo: { loadStorage: slowFirst(() => import('./progress-storage')) },
    });
    // A new learner: start loads nothing, and neither does the first save, so the changes load both modules first.
    await store.getState().start(storage);
    await store.getState().record({ type: 'topic-read', topic: 'session/amazon-cognito' });
    await store.getState().flush();
    const imported: ProgressEvent[] = [{ id: 'i1', at: 5, type: 'topic-read', topic: 'network/amazon-vpc' }, { id: 'i2', at: 6, type: 'topic-read', topic: 'transport/aws-shield' }];
    const reset = store.getState().change([], 'reset', false);
    const replace = store.getState().change(imported, 'import', false);
    expect(await reset).toMatchObject({ ok: true, snapshotKey: expect.stringMatching(/:reset$/) });
    expect(await replace).toMatchObject({ ok: true });
    expect(stored(storage)?.events.map((e) => e.id)).toEqual(['i1', 'i2']);
    expect(store.getState().events.map((e) => e.id)).toEqual(['i1', 'i2']);
  });

  it('keeps an event recorded after a reset, and drops the ones recorded before it', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: serialiseProgress([{ id: 'e1', at: 1, type: 'topic-read', topic: 'session/amazon-cognito' }]) });
    const { store } = tab(storage, memoryLocks());
    await store.getState().start(storage);
    void store.getState().record({ type: 'topic-read', topic: 'transport/aws-shield' });
    const reset = store.getState().change([], 'reset', false);
    void store.getState().record({ type: 'topic-read', topic: 'network/amazon-vpc' });
    expect(await reset).toMatchObject({ ok: true });
    await store.getState().flush();
    expect(topics(storage)).toEqual(['network/amazon-vpc']);
    expect(store.getState().events.map((e) => e.type === 'topic-read' && e.topic)).toEqual(['network/amazon-vpc']);
  });

  for (const [name, withLocks] of [['with Web Locks', true], ['without Web Locks', false]] as const) {
    it(`two tabs recording at the same instant, 50 times, keep all 100 events (${name})`, async () => {
      const storage = memoryStorage({ [PROGRESS_KEY]: serialiseProgress([{ id: 'e1', at: 1, type: 'topic-read', topic: 'session/amazon-cognito' }]) });
      const locks = withLocks ? memoryLocks() : null;
      const [a, b] = [tab(storage, locks), tab(storage, locks)];
      await Promise.all([a.store.getState().start(storage), b.store.getState().start(storage)]);
      for (let i = 0; i < 50; i++) {
        void a.store.getState().record({ type: 'topic-opened', topic: 'network/amazon-vpc' });
        void b.store.getState().record({ type: 'topic-opened', topic: 'transport/aws-shield' });
        await Promise.all([a.store.getState().flush(), b.store.getState().flush()]);
      }
      await nextTask(); // the last channel message
      await Promise.all([a.store.getState().flush(), b.store.getState().flush()]);
      const ids = new Set(stored(storage)?.events.map((e) => e.id));
      expect(ids.size).toBe(101);
      // Each tab shows the other's events too.
      expect(a.store.getState().events).toHaveLength(101);
      expect(b.store.getState().events).toHaveLength(101);
    });
  }

  it('two tabs recording at the same instant keep all their events when a tab reads a stale value under the lock (Chromium’s localStorage)', async () => {
    const origin = laggingOrigin();
    const locks = memoryLocks();
    const [ta, tb] = [new EventTarget(), new EventTarget()];
    const [sa, sb] = [origin.storage(ta), origin.storage(tb)];
    const a = tab(sa, locks, { target: () => ta });
    const b = tab(sb, locks, { target: () => tb });
    await Promise.all([a.store.getState().start(sa), b.store.getState().start(sb)]);
    for (let i = 0; i < 30; i++) {
      void a.store.getState().record({ type: 'topic-opened', topic: 'network/amazon-vpc' });
      void b.store.getState().record({ type: 'topic-opened', topic: 'transport/aws-shield' });
      await nextTask();
    }
    // Settle: the last copies arrive, lost events are pushed again, and so on until nothing moves.
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await Promise.all([a.store.getState().flush(), b.store.getState().flush()]);
    }
    expect(new Set(stored(sa)?.events.map((e) => e.id)).size).toBe(60);
    expect(new Set(stored(sb)?.events.map((e) => e.id)).size).toBe(60);
    expect(a.store.getState().events).toHaveLength(60);
    expect(b.store.getState().events).toHaveLength(60);
  });

  it('a reset in another tab sticks: the events this tab wrote before it are not pushed again', async () => {
    const origin = laggingOrigin();
    const locks = memoryLocks();
    const [ta, tb] = [new EventTarget(), new EventTarget()];
    const [sa, sb] = [origin.storage(ta), origin.storage(tb)];
    const a = tab(sa, locks, { target: () => ta });
    const b = tab(sb, locks, { target: () => tb });
    await Promise.all([a.store.getState().start(sa), b.store.getState().start(sb)]);
    await a.store.getState().record({ type: 'topic-opened', topic: 'network/amazon-vpc' });
    await a.store.getState().flush();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(b.store.getState().events).toHaveLength(1);
    expect(await b.store.getState().change([], 'reset', false)).toMatchObject({ ok: true });
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await Promise.all([a.store.getState().flush(), b.store.getState().flush()]);
    }
    expect(stored(sa)?.events).toEqual([]);
    expect(a.store.getState().events).toEqual([]);
  });

  it('compacts a large log itself after load, while another tab keeps writing, and loses none of that tab’s events', async () => {
    const { COMPACT_AFTER_EVENTS, KEEP_DAYS } = await import('@/learning/compaction-policy');
    const now = Date.now();
    const old: ProgressEvent[] = Array.from({ length: COMPACT_AFTER_EVENTS }, (_, i) => ({ id: `o${i}`, at: now - (KEEP_DAYS + 30) * 86_400_000 + i, type: 'reviewed', questionId: `q-${i % 50}`, rating: 3 }));
    const storage = memoryStorage({ [PROGRESS_KEY]: serialiseProgress(old) });
    const locks = memoryLocks();
    const other = tab(storage, locks);
    await other.store.getState().start(storage);
    const compacting = tab(storage, locks, { loadCompaction: () => import('@/learning/compaction') });
    const started = compacting.store.getState().start(storage);
    for (let i = 0; i < 20; i++) {
      void other.store.getState().record({ type: 'topic-opened', topic: 'network/amazon-vpc' });
      await nextTask();
    }
    await started;
    await Promise.all([compacting.store.getState().flush(), other.store.getState().flush()]);
    await nextTask();
    await Promise.all([compacting.store.getState().flush(), other.store.getState().flush()]);
    const events = stored(storage)?.events ?? [];
    expect(events.filter((e) => e.type === 'compacted')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'reviewed')).toHaveLength(0);
    expect(events.filter((e) => e.type === 'topic-opened')).toHaveLength(20);
    expect(other.store.getState().events).toHaveLength(21);
  });

  it('stops listening when stopped: nothing is left on the window or the channel for the next test', async () => {
    const storage = memoryStorage();
    const store = createProgressStore({ repository: (s) => createProgressRepository(s, { locks: memoryLocks() }), loadCompaction: null });
    await store.getState().start(storage);
    store.getState().stop();
    void store.getState().record({ type: 'topic-opened', topic: 'network/amazon-vpc' });
    window.dispatchEvent(new Event('pagehide'));
    await nextTask();
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });
});
