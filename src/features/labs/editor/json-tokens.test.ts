import { describe, expect, it } from 'vitest';
import { jsonTokens } from './json-editor-extensions';

const classes = (line: string) => jsonTokens(line).map((t) => [line.slice(t.from, t.to), t.className]);

describe('the line-by-line JSON colouring', () => {
  it('tells keys from string values, and finds numbers and literals', () => {
    expect(classes('  "Effect": "Allow",')).toEqual([['"Effect"', 'tok-key'], ['"Allow"', 'tok-string']]);
    expect(classes('{ "rule": 100, "ok": true, "x": null, "f": false, "n": -1.5e3 }')).toEqual([
      ['"rule"', 'tok-key'], ['100', 'tok-number'], ['"ok"', 'tok-key'], ['true', 'tok-literal'],
      ['"x"', 'tok-key'], ['null', 'tok-literal'], ['"f"', 'tok-key'], ['false', 'tok-literal'], ['"n"', 'tok-key'], ['-1.5e3', 'tok-number'],
    ]);
  });

  it('keeps escaped quotes and colons inside a string, and colours an unterminated string to the end of the line', () => {
    expect(classes('"a\\"b:c" : "arn:aws:s3:::x/*"')).toEqual([['"a\\"b:c"', 'tok-key'], ['"arn:aws:s3:::x/*"', 'tok-string']]);
    expect(classes('"Resource": "arn:aws')).toEqual([['"Resource"', 'tok-key'], ['"arn:aws', 'tok-string']]);
    expect(classes('"truey": nullable')).toEqual([['"truey"', 'tok-key']]);
  });
});
