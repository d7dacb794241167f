import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { CURRENT_VERSION, type ProgressEvent } from './progress-events';
import { exportProgress, jsonDepth, MAX_IMPORT_BYTES, parseProgressFile } from './progress-file';
import { PROGRESS_KEY, readStored, writeExactly, writeMerged } from './progress-storage';

const log: ProgressEvent[] = [
  { id: 'e1', at: 1, type: 'topic-read', topic: 'application/aws-waf' },
  { id: 'e2', at: 2, type: 'answered', questionId: 'waf-login', chosen: ['a'], correct: true, ms: 900, mode: 'quiz' },
  { id: 'e3', at: 3, type: 'reviewed', questionId: 'waf-login', rating: 3 },
  { id: 'e4', at: 4, type: 'exam-started', exam: 'x1', questionIds: ['waf-login'], durationMs: 1000 },
  { id: 'e5', at: 5, type: 'exam-answered', exam: 'x1', questionId: 'waf-login', chosen: ['b'], flagged: true },
  { id: 'e6', at: 6, type: 'exam-submitted', exam: 'x1', reason: 'time-up' },
  { id: 'e7', at: 7, type: 'exam-date-set', date: '2027-01-15' },
];
const file = (data: unknown) => JSON.stringify(data);
const ours = (extra: Record<string, unknown> = {}) => ({ app: 'seven-layers', version: 1, exportedAt: '2026-11-29T00:00:00.000Z', events: log, ...extra });

describe('import validation', () => {
  it('accepts its own export', () => {
    expect(parseProgressFile(exportProgress(log))).toEqual({ ok: true, events: log, migratedFrom: null });
  });

  it.each([
    ['not JSON', '{"app": "seven-layers", "vers', /not valid JSON/],
    ['another app', file({ app: 'anki', version: 1, events: [] }), /not Seven Layers progress/],
    ['an array', '[1,2,3]', /not Seven Layers progress/],
    ['no version', file({ app: 'seven-layers', events: [] }), /no valid version/],
    ['a newer version', file(ours({ version: CURRENT_VERSION + 1 })), new RegExp(`newer version of Seven Layers \\(format ${CURRENT_VERSION + 1}`)],
    ['an unknown event', file(ours({ events: [{ id: 'x', at: 1, type: 'hacked' }] })), /expected format/],
    ['an unknown field', file(ours({ admin: true })), /expected format/],
    ['__proto__ at the top', '{"app":"seven-layers","version":1,"events":[],"__proto__":{"polluted":1}}', /"__proto__" key/],
    ['__proto__ deep inside', '{"app":"seven-layers","version":1,"events":[{"id":"a","at":1,"type":"topic-read","topic":"a/b","x":{"__proto__":1}}]}', /"__proto__" key/],
    ['constructor', file(ours({ events: [{ constructor: { prototype: 1 } }] })), /"(constructor|prototype)" key/],
    ['absurd nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /nests data far deeper/],
    ['too large', ' '.repeat(MAX_IMPORT_BYTES + 1), /limit is 10 MB/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseProgressFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('counts nesting without being fooled by brackets inside strings', () => {
    expect(jsonDepth('{"a":"[[[[[[[[[[[[","b":[1,{"c":"\\"]]"}]}')).toBe(3);
  });

  it('round trip: export, clear, import gives back an identical state', () => {
    const storage = memoryStorage();
    writeMerged(storage, log);
    const before = storage.getItem(PROGRESS_KEY);
    const exported = exportProgress((readStored(storage) as { events: ProgressEvent[] }).events);
    writeExactly(storage, []);
    const imported = parseProgressFile(exported);
    expect(imported.ok).toBe(true);
    if (imported.ok) writeExactly(storage, imported.events);
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
  });
});

describe('import never throws and changes nothing unless the file is valid (property)', () => {
  const apply = (text: string) => {
    const saved = JSON.stringify({ app: 'seven-layers', version: 1, events: [log[0]] });
    const storage = memoryStorage({ [PROGRESS_KEY]: saved });
    const result = parseProgressFile(text);
    if (result.ok) writeMerged(storage, result.events);
    return { result, unchanged: storage.getItem(PROGRESS_KEY) === saved };
  };

  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const { result, unchanged } = apply(text);
      expect(result.ok || unchanged).toBe(true);
    }), { numRuns: 500 });
  });

  it('arbitrary JSON values, alone and inside an otherwise valid file', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom('root', 'events', 'event', 'field'), (value, where) => {
      const data = where === 'root' ? value : where === 'events' ? ours({ events: value }) : where === 'event' ? ours({ events: [value] }) : ours({ extra: value });
      const { result, unchanged } = apply(JSON.stringify(data));
      expect(result.ok || unchanged).toBe(true);
    }), { numRuns: 500 });
  });

  it('files with dangerous keys anywhere are always refused', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('__proto__', 'constructor', 'prototype'), (value, key) => {
      const text = JSON.stringify(ours({ events: [{ ...log[0], nested: { v: value } }] })).replace('"nested"', `"${key}"`);
      const { result, unchanged } = apply(text);
      expect(result.ok).toBe(false);
      expect(unchanged).toBe(true);
    }), { numRuns: 200 });
  });
});
