// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseLocatedJson } from './json-located.ts';

describe('parseLocatedJson', () => {
  it('keeps the line and column of values and keys', () => {
    const r = parseLocatedJson('{\n  "a": [1, "x"],\n  "b": true\n}');
    expect(r.ok).toBe(true);
    if (!r.ok || r.value.kind !== 'object') return;
    expect(r.value.entries[1]?.keyAt).toMatchObject({ line: 3, column: 3 });
    const a = r.value.entries[0]?.value;
    expect(a?.kind === 'array' && a.items[1]?.at).toMatchObject({ line: 2, column: 12 });
  });

  it.each([
    ['{"a": 1,}', 1, 9, "expected a quoted key but found '}'"],
    ['{\n"a": tru}', 2, 6, "unexpected 't'"],
    ['{"a": "x\n"}', 1, 7, 'unterminated string'],
    ['{"a": 1 "b": 2}', 1, 9, "expected '}' but found '\"'"],
    ['{"a": 1, "a": 2}', 1, 10, 'duplicate key "a"'],
    ['{} x', 1, 4, "unexpected 'x' after the end of the document"],
    ['', 1, 1, 'unexpected end of input'],
    ['{"a": 01}', 1, 8, "expected '}' but found '1'"],
  ])('reports %j at %i:%i', (text, line, column, message) => {
    const r = parseLocatedJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ message, at: { line, column } });
  });

  it('decodes escapes and refuses absurd nesting without overflowing the stack', () => {
    const r = parseLocatedJson('"a\\u0041\\n\\"');
    expect(r.ok).toBe(false);
    const ok = parseLocatedJson('"a\\u0041\\n"');
    expect(ok.ok && ok.value.kind === 'string' && ok.value.value).toBe('aA\n');
    const deep = parseLocatedJson('['.repeat(10_000));
    expect(!deep.ok && deep.error.message).toMatch(/nested deeper/);
  });
});
