import { describe, expect, it } from 'vitest';
import { migrate, migrations } from './migrations';
import { CURRENT_VERSION } from '@/learning/progress-events';
import { memoryStorage } from './memory-storage';
import { PROGRESS_KEY, readStored } from './progress-storage';

const v1 = { app: 'seven-layers', version: 1, events: [{ id: 'a', at: 1, type: 'topic-read', topic: 'application/aws-waf' }] };

describe('migrations', () => {
  it('has a step from every older version, starting at the first (version 1)', () => {
    for (let version = 1; version < CURRENT_VERSION; version++) expect(migrations[version], `migration from ${version}`).toBeTypeOf('function');
  });

  it('reads data of the first version, migrated to the current one', () => {
    const stored = readStored(memoryStorage({ [PROGRESS_KEY]: JSON.stringify(v1) }));
    expect(stored).toMatchObject({ kind: 'ok', migratedFrom: CURRENT_VERSION > 1 ? 1 : null });
    expect(stored.kind === 'ok' && stored.events.map((e) => e.id)).toEqual(['a']);
  });

  it('takes a format-1 log to format 2 unchanged, snapshots included (format 1 had them before the bump)', () => {
    const snapshot = { id: 'c', at: 5, type: 'compacted', until: 4, cards: {}, questions: {} };
    const stored = readStored(memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ ...v1, events: [...v1.events, snapshot] }) }));
    expect(stored).toMatchObject({ kind: 'ok', migratedFrom: 1 });
    expect(stored.kind === 'ok' && stored.events.map((e) => e.type)).toEqual(['topic-read', 'compacted']);
  });

  it('leaves a log of a newer format alone', () => {
    const raw = JSON.stringify({ ...v1, version: CURRENT_VERSION + 1 });
    expect(readStored(memoryStorage({ [PROGRESS_KEY]: raw }))).toEqual({ kind: 'newer', version: CURRENT_VERSION + 1 });
  });

  it('applies every step in order, from the first version to the target', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, version: 2, renamed: d.events }),
      2: (d: Record<string, unknown>) => ({ ...d, version: 3, extra: true }),
    };
    expect(migrate({ ...v1 }, steps, 3)).toMatchObject({ version: 3, renamed: v1.events, extra: true });
    expect(migrate({ ...v1, version: 2 }, steps, 3)).toMatchObject({ version: 3, extra: true });
  });

  it('refuses a missing step, or a step that does not advance the version by one', () => {
    expect(() => migrate({ ...v1 }, {}, 2)).toThrow(/no migration from format 1/);
    expect(() => migrate({ ...v1 }, { 1: (d) => ({ ...d, version: 3 }) }, 3)).toThrow(/did not produce format 2/);
  });

  it('reports a failed migration as corrupt data, which is then set aside rather than overwritten', () => {
    const raw = JSON.stringify({ ...v1, version: 1 });
    expect(readStored(memoryStorage({ [PROGRESS_KEY]: raw }), { 1: () => { throw new Error('boom'); } }).kind).toBe(CURRENT_VERSION > 1 ? 'corrupt' : 'ok');
  });
});
