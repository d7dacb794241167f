import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { CURRENT_VERSION, type ProgressEvent } from '@/learning/progress-events';
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
  });

  it('refuses a __proto__ key that the schema alone would drop without a word', () => {
    // JSON.parse makes "__proto__" an own key (it pollutes nothing by itself); the danger is code that later copies
    // keys onto other objects. zod drops such a key silently, so without the reviver this file would be accepted.
    const text = file(ours({ events: [log[0]] })).replace('"id":"e1"', '"__proto__":{"admin":true},"id":"e1"');
    expect(text).toContain('"__proto__"');
    expect(parseProgressFile(text)).toEqual({ ok: false, message: 'The file contains a "__proto__" key, which a Seven Layers export never has.' });
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

describe('import never throws, and accepts a file exactly when it is a valid log (property)', () => {
  /** What a learner's browser does with an accepted file: store it, read it back. */
  const storedAfterImport = (events: ProgressEvent[]) => {
    const storage = memoryStorage();
    writeExactly(storage, events);
    return readStored(storage);
  };
  /** Accepted: storage keeps exactly those events. Refused: a message for the learner, never an exception. */
  const check = (text: string) => {
    const result = parseProgressFile(text);
    if (result.ok) expect(storedAfterImport(result.events)).toEqual({ kind: 'ok', events: result.events, migratedFrom: null });
    else expect(result.message).toMatch(/\w{3,}.*\.$/);
    return result;
  };

  it('arbitrary text is refused with a message (nothing random is a Seven Layers file)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      expect(check(text).ok).toBe(false);
    }), { numRuns: 500 });
  });

  it('arbitrary JSON values: accepted only as an empty events list', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom('root', 'events', 'event', 'field'), (value, where) => {
      const data = where === 'root' ? value : where === 'events' ? ours({ events: value }) : where === 'event' ? ours({ events: [value] }) : ours({ extra: value });
      const result = check(JSON.stringify(data));
      expect(result.ok).toBe(where === 'events' && Array.isArray(value) && value.length === 0);
    }), { numRuns: 500 });
  });

  const id = fc.stringMatching(/^[a-z0-9]{1,12}$/);
  const at = fc.nat({ max: 4_000_000_000_000 });
  const question = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
  const event: fc.Arbitrary<ProgressEvent> = fc.oneof(
    fc.record({ id, at, type: fc.constantFrom('topic-opened', 'topic-read', 'topic-unread'), topic: fc.stringMatching(/^[a-z-]{1,10}\/[a-z0-9-]{1,20}$/) }),
    fc.record({
      id, at, type: fc.constant('answered'), questionId: question, chosen: fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
      correct: fc.boolean(), ms: fc.nat(), mode: fc.constantFrom('quiz', 'exam', 'review', 'question'),
    }),
    fc.record({ id, at, type: fc.constant('reviewed'), questionId: question, rating: fc.constantFrom(1, 2, 3, 4) }),
    fc.record({ id, at, type: fc.constant('exam-date-set'), date: fc.option(fc.constantFrom('2027-01-15', '2026-12-31'), { nil: null }) }),
  ) as fc.Arbitrary<ProgressEvent>;
  const events = fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 12 });

  it('a valid log, exported by this or the previous format, is accepted with exactly its events', () => {
    fc.assert(fc.property(events, fc.constantFrom(1, CURRENT_VERSION), fc.boolean(), (list, version, withTime) => {
      const data: Record<string, unknown> = { app: 'seven-layers', version, events: list };
      if (withTime) data.exportedAt = '2026-11-29T00:00:00.000Z';
      expect(check(JSON.stringify(data, null, 1))).toEqual({ ok: true, events: list, migratedFrom: version < CURRENT_VERSION ? version : null });
    }), { numRuns: 300 });
  });

  /** One change that makes a valid export invalid, whatever the log. */
  type Damage = (data: { events: Record<string, unknown>[] } & Record<string, unknown>, i: number) => void;
  const damages: Record<string, Damage> = {
    'an event without its id': (d, i) => void delete d.events[i]?.id,
    'an event without its time': (d, i) => void delete d.events[i]?.at,
    'a negative time': (d, i) => Object.assign(d.events[i] ?? {}, { at: -1 }),
    'a fractional time': (d, i) => Object.assign(d.events[i] ?? {}, { at: 1.5 }),
    'a time as text': (d, i) => Object.assign(d.events[i] ?? {}, { at: '1' }),
    'an unknown event type': (d, i) => Object.assign(d.events[i] ?? {}, { type: 'granted-admin' }),
    'an extra field in an event': (d, i) => Object.assign(d.events[i] ?? {}, { admin: true }),
    'an event that is not an object': (d, i) => void (d.events[i] = 'topic-read' as unknown as Record<string, unknown>),
    'another app': (d) => void (d.app = 'seven-layer'),
    'version 0': (d) => void (d.version = 0),
    'version as text': (d) => void (d.version = String(CURRENT_VERSION)),
    'a newer version': (d) => void (d.version = CURRENT_VERSION + 1),
    'an export time that is not text': (d) => void (d.exportedAt = 1),
    'events that are not a list': (d) => void (d.events = {} as unknown as Record<string, unknown>[]),
  };

  it('a valid export with any one damage is refused', () => {
    fc.assert(fc.property(fc.uniqueArray(event, { selector: (e) => e.id, minLength: 1, maxLength: 8 }), fc.nat(), fc.constantFrom(...Object.keys(damages)), (list, n, name) => {
      const data = JSON.parse(exportProgress(list)) as Parameters<Damage>[0];
      damages[name]?.(data, n % list.length);
      const result = check(JSON.stringify(data));
      expect(result.ok, name).toBe(false);
    }), { numRuns: 500 });
  });

  it('an export cut off anywhere is refused', () => {
    fc.assert(fc.property(events, fc.nat(), (list, n) => {
      const text = exportProgress(list);
      expect(check(text.slice(0, n % text.length)).ok).toBe(false);
    }), { numRuns: 300 });
  });

  it('files with dangerous keys anywhere are always refused, naming the key', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('__proto__', 'constructor', 'prototype'), (value, key) => {
      const text = JSON.stringify(ours({ events: [{ ...log[0], nested: { v: value } }] })).replace('"nested"', `"${key}"`);
      // The value may hold dangerous keys of its own (the reviver meets the innermost first): any of them is named.
      expect(parseProgressFile(text)).toEqual({ ok: false, message: expect.stringMatching(/^The file contains a "(__proto__|constructor|prototype)" key, which a Seven Layers export never has\.$/) });
      expect(text).toContain(`"${key}"`);
    }), { numRuns: 200 });
  });
});
