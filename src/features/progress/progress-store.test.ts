import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './memory-storage';
import { PROGRESS_KEY, serialiseProgress } from './progress-format';

// The store keeps module-level state (one load per page), so every test gets a fresh copy of it.
async function freshStore() {
  vi.resetModules();
  return (await import('./progress-store')).useProgressStore;
}

const stored = (storage: Storage) => JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null') as { version: number; events: { type: string; topic?: string }[] } | null;

describe('progress store', () => {
  beforeEach(() => {
    vi.stubGlobal('navigator', { ...navigator, locks: undefined });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts a new learner at once with an empty log, and saves their first event', async () => {
    const storage = memoryStorage();
    const store = await freshStore();
    await store.getState().start(storage);
    expect(store.getState()).toMatchObject({ status: 'ready', events: [], notice: null });
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();

    await store.getState().record({ type: 'topic-read', topic: 'application/aws-waf' });
    expect(stored(storage)?.events).toMatchObject([{ type: 'topic-read', topic: 'application/aws-waf' }]);
  });

  it('does not lose an event recorded just before the page goes away', async () => {
    const storage = memoryStorage();
    const store = await freshStore();
    await store.getState().start(storage);
    // Not awaited: the page is hidden while the save is still on its way.
    void store.getState().record({ type: 'topic-opened', topic: 'network/amazon-vpc' });
    window.dispatchEvent(new Event('pagehide'));
    expect(stored(storage)?.events).toMatchObject([{ type: 'topic-opened', topic: 'network/amazon-vpc' }]);
  });

  it('does not lose a second event recorded just before the page goes away', async () => {
    const storage = memoryStorage();
    const store = await freshStore();
    await store.getState().start(storage);
    await store.getState().record({ type: 'topic-opened', topic: 'network/amazon-vpc' });
    void store.getState().record({ type: 'topic-read', topic: 'network/amazon-vpc' });
    window.dispatchEvent(new Event('pagehide'));
    expect(stored(storage)?.events.map((e) => e.type).sort()).toEqual(['topic-opened', 'topic-read']);
  });

  it('loads, validates and keeps a returning learner’s log', async () => {
    const saved = serialiseProgress([{ id: 'e1', at: 1, type: 'topic-read', topic: 'session/amazon-cognito' }]);
    const storage = memoryStorage({ [PROGRESS_KEY]: saved });
    const store = await freshStore();
    await store.getState().start(storage);
    expect(store.getState().events).toMatchObject([{ id: 'e1', type: 'topic-read' }]);

    await store.getState().record({ type: 'topic-read', topic: 'transport/aws-shield' });
    expect(stored(storage)?.events.map((e) => e.topic)).toEqual(['session/amazon-cognito', 'transport/aws-shield']);
  });

  it('sets a damaged log aside instead of starting over on top of it', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"app":"seven-layers","version":1,"events":[{"broken":' });
    const store = await freshStore();
    await store.getState().start(storage);
    const { status, notice, setAsideKey } = store.getState();
    expect(status).toBe('ready');
    expect(notice).toMatch(/could not be read/);
    expect(setAsideKey && storage.getItem(setAsideKey)).toBe('{"app":"seven-layers","version":1,"events":[{"broken":');
  });
});
