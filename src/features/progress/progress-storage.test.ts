import { describe, expect, it } from 'vitest';
import { mergeEvents } from '@/learning/event-log';
import type { ProgressEvent } from '@/learning/progress-events';
import { memoryStorage } from './memory-storage';
import { listSetAside, PROGRESS_KEY, QUARANTINE_PREFIX, readStored, setAside, writeExactly, writeMerged } from './progress-storage';

const event = (id: string, at: number, topic = 'application/aws-waf'): ProgressEvent => ({ id, at, type: 'topic-opened', topic });

describe('mergeEvents', () => {
  it('is the union by id, in time order, whatever the order of the inputs', () => {
    const a = [event('1', 10), event('2', 20)];
    const b = [event('3', 15), event('2', 20)];
    expect(mergeEvents(a, b).map((e) => e.id)).toEqual(['1', '3', '2']);
    expect(mergeEvents(b, a)).toEqual(mergeEvents(a, b));
  });
});

describe('progress storage', () => {
  it('reads nothing as empty', () => {
    expect(readStored(memoryStorage())).toEqual({ kind: 'empty' });
  });

  it('writes the union of what is stored and what is new, never dropping another tab’s events', () => {
    const storage = memoryStorage();
    writeMerged(storage, [event('a', 1)]);
    writeMerged(storage, [event('b', 2)]); // a second tab that never saw "a"
    const stored = readStored(storage);
    expect(stored.kind === 'ok' && stored.events.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('reports truncated JSON as corrupt and does not write over it', () => {
    const raw = '{"app":"seven-layers","version":1,"events":[{"id":"a"';
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    expect(readStored(storage).kind).toBe('corrupt');
    expect(writeMerged(storage, [event('b', 2)])).toMatchObject({ ok: false, reason: 'blocked' });
    expect(storage.getItem(PROGRESS_KEY)).toBe(raw);
  });

  it('reports a foreign value as corrupt', () => {
    expect(readStored(memoryStorage({ [PROGRESS_KEY]: '{"hello":"world"}' }))).toMatchObject({ kind: 'corrupt', reason: 'it is not Seven Layers progress' });
  });

  it('leaves a value from a newer version byte-for-byte as it was', () => {
    const raw = '{"app":"seven-layers","version":99,"events":[], "future": true}';
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    expect(readStored(storage)).toEqual({ kind: 'newer', version: 99 });
    writeMerged(storage, [event('b', 2)]);
    expect(storage.getItem(PROGRESS_KEY)).toBe(raw);
  });

  it('sets a damaged value aside under its own key', () => {
    const storage = memoryStorage();
    const key = setAside(storage, 'garbage', 1234);
    expect(key).toBe(`${QUARANTINE_PREFIX}1234`);
    expect(storage.getItem(key)).toBe('garbage');
    expect(listSetAside(storage)).toEqual([{ key, raw: 'garbage' }]);
  });

  it('writes exactly a given log (reset, restore) and reports a full storage without throwing', () => {
    const storage = memoryStorage();
    writeMerged(storage, [event('a', 1)]);
    expect(writeExactly(storage, []).ok).toBe(true);
    expect(readStored(storage)).toEqual({ kind: 'ok', events: [], migratedFrom: null });
    storage.full = true;
    expect(writeExactly(storage, [event('b', 2)])).toMatchObject({ ok: false, reason: 'quota' });
  });

  it('refuses a version that is not a positive integer', () => {
    for (const version of ['1', 0, 1.5, null]) {
      expect(readStored(memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ app: 'seven-layers', version, events: [] }) })).kind).toBe('corrupt');
    }
  });

  it('survives a full storage: nothing throws and what was saved stays', () => {
    const saved = JSON.stringify({ app: 'seven-layers', version: 1, events: [event('a', 1)] });
    const storage = memoryStorage({ [PROGRESS_KEY]: saved }, { full: true });
    const result = writeMerged(storage, [event('b', 2)]);
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(result.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(storage.getItem(PROGRESS_KEY)).toBe(saved);
  });

  it('refuses events that do not match their schema', () => {
    const raw = JSON.stringify({ app: 'seven-layers', version: 1, events: [{ id: 'x', at: 1, type: 'topic-opened', topic: 'NOT A TOPIC' }] });
    expect(readStored(memoryStorage({ [PROGRESS_KEY]: raw })).kind).toBe('corrupt');
  });
});
