import { describe, expect, it } from 'vitest';
import { memoryLocks } from './memory-locks';
import { memoryStorage } from './memory-storage';
import type { ProgressEvent } from '@/learning/progress-events';
import { CHANGE_KEY, PROGRESS_KEY, serialiseProgress } from './progress-format';
import { createProgressRepository, type StorageModule } from './progress-repository';

const event = (id: string, at: number): ProgressEvent => ({ id, at, type: 'topic-opened', topic: 'network/amazon-vpc' });

/** The storage code, counting how often it is loaded and how often it validates a whole stored value. */
function countingStorageCode() {
  const counts = { loads: 0, validations: 0 };
  const load = async (): Promise<StorageModule> => {
    counts.loads++;
    const mod = await import('./progress-storage');
    return { ...mod, parseStored: (...args: Parameters<StorageModule['parseStored']>) => (counts.validations++, mod.parseStored(...args)) };
  };
  return { counts, load };
}

describe('progress repository', () => {
  it('saves a new learner’s events without loading the storage code', async () => {
    const storage = memoryStorage();
    const code = countingStorageCode();
    const repo = createProgressRepository(storage, { locks: memoryLocks(), loadStorage: code.load });
    expect(repo.isEmpty()).toBe(true);
    await repo.append(() => [event('a', 1)]);
    await repo.append(() => [event('b', 2)]);
    expect(code.counts.loads).toBe(0);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{}').events.map((e: ProgressEvent) => e.id)).toEqual(['a', 'b']);
  });

  it('validates a stored log once, not again on each save, and again when another tab changed it', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: serialiseProgress([event('a', 1)]) });
    const code = countingStorageCode();
    const repo = createProgressRepository(storage, { locks: memoryLocks(), loadStorage: code.load });
    expect(await repo.open()).toMatchObject({ kind: 'ok', events: [{ id: 'a' }] });
    for (let i = 0; i < 5; i++) await repo.append(() => [event(`n${i}`, 10 + i)]);
    expect(code.counts.validations).toBe(1);
    storage.setItem(PROGRESS_KEY, serialiseProgress([event('a', 1), event('other-tab', 100)]));
    const result = await repo.append(() => [event('z', 200)]);
    expect(code.counts.validations).toBe(2);
    // The other tab's value is what counts now: its events and ours, and nothing it no longer has.
    expect(result.events.map((e) => e.id)).toEqual(['a', 'other-tab', 'z']);
  });

  it('marks a change that removes events, and not one that merges', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: serialiseProgress([event('a', 1)]) });
    const repo = createProgressRepository(storage, { locks: memoryLocks() });
    await repo.change([event('b', 2)], 'import', true);
    expect(storage.getItem(CHANGE_KEY)).toBeNull();
    await repo.change([], 'reset', false);
    const mark = storage.getItem(CHANGE_KEY);
    expect(mark).not.toBeNull();
    expect(await repo.read()).toEqual({ kind: 'ok', events: [], mark });
  });

  it('refuses a change over a newer version’s log and leaves it byte for byte', async () => {
    const raw = '{"app":"seven-layers","version":99,"events":[]}';
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const repo = createProgressRepository(storage, { locks: memoryLocks() });
    expect(await repo.change([], 'reset', false)).toEqual({ ok: false, reason: 'blocked' });
    expect(storage.getItem(PROGRESS_KEY)).toBe(raw);
  });
});
