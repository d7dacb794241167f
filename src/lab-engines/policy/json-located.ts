/** A position in source text: 1-based line and column, 0-based offset. */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

/** A JSON value with the position where it starts in the source text. */
export type LocatedValue =
  | { kind: 'string'; value: string; at: SourcePosition }
  | { kind: 'number'; value: number; raw: string; at: SourcePosition }
  | { kind: 'boolean'; value: boolean; at: SourcePosition }
  | { kind: 'null'; at: SourcePosition }
  | { kind: 'array'; items: LocatedValue[]; at: SourcePosition }
  | { kind: 'object'; entries: LocatedEntry[]; at: SourcePosition };

/** One `"key": value` member of a JSON object, with the key's position. */
export interface LocatedEntry {
  key: string;
  keyAt: SourcePosition;
  value: LocatedValue;
}

/** Why the text is not JSON, and where. */
export interface JsonSyntaxError {
  message: string;
  at: SourcePosition;
}

/** Parse result: a located tree, or the first syntax error. */
export type JsonParseResult = { ok: true; value: LocatedValue } | { ok: false; error: JsonSyntaxError };

const MAX_DEPTH = 64;

/**
 * Parses strict JSON (RFC 8259) and keeps the line and column of every value and key,
 * so that grammar errors in a policy can be reported where they are. Duplicate keys are
 * a syntax error here, as IAM rejects them.
 */
export function parseLocatedJson(text: string): JsonParseResult {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const pos = (): SourcePosition => ({ line, column: i - lineStart + 1, offset: i });
  const fail = (message: string, at: SourcePosition = pos()): never => {
    throw new LocatedJsonError({ message, at });
  };
  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === '\n') { i++; line++; lineStart = i; }
      else if (c === ' ' || c === '\t' || c === '\r') i++;
      else return;
    }
  };
  const describe = (c: string | undefined) => (c === undefined ? 'end of input' : `'${c}'`);
  const expect = (c: string) => {
    if (text[i] !== c) fail(`expected '${c}' but found ${describe(text[i])}`);
    i++;
  };
  const parseString = (): string => {
    const start = pos();
    i++;
    let out = '';
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n') fail('unterminated string', start);
      if (c === '"') { i++; return out; }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) { out += simple[e]; i += 2; continue; }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        fail(`invalid escape '\\${e ?? ''}'`);
      }
      if (c !== undefined && c < ' ') fail('control character in string');
      out += c;
      i++;
    }
  };
  const parseValue = (depth: number): LocatedValue => {
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
    skip();
    const at = pos();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: LocatedEntry[] = [];
      const seen = new Set<string>();
      skip();
      if (text[i] === '}') { i++; return { kind: 'object', entries, at }; }
      for (;;) {
        skip();
        const keyAt = pos();
        if (text[i] !== '"') fail(`expected a quoted key but found ${describe(text[i])}`);
        const key = parseString();
        if (seen.has(key)) fail(`duplicate key "${key}"`, keyAt);
        seen.add(key);
        skip();
        expect(':');
        entries.push({ key, keyAt, value: parseValue(depth + 1) });
        skip();
        if (text[i] === ',') { i++; continue; }
        expect('}');
        return { kind: 'object', entries, at };
      }
    }
    if (c === '[') {
      i++;
      const items: LocatedValue[] = [];
      skip();
      if (text[i] === ']') { i++; return { kind: 'array', items, at }; }
      for (;;) {
        items.push(parseValue(depth + 1));
        skip();
        if (text[i] === ',') { i++; continue; }
        expect(']');
        return { kind: 'array', items, at };
      }
    }
    if (c === '"') return { kind: 'string', value: parseString(), at };
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && number[0] !== '-') { i += number[0].length; return { kind: 'number', value: Number(number[0]), raw: number[0], at }; }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value === null ? { kind: 'null', at } : { kind: 'boolean', value, at };
      }
    }
    return fail(`unexpected ${describe(c)}`);
  };
  try {
    const value = parseValue(0);
    skip();
    if (i < text.length) fail(`unexpected ${describe(text[i])} after the end of the document`);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof LocatedJsonError) return { ok: false, error: error.detail };
    throw error;
  }
}

class LocatedJsonError extends Error {
  constructor(readonly detail: JsonSyntaxError) {
    super(detail.message);
  }
}
