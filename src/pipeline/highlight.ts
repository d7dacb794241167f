import type { CodeToken } from '../content/model.ts';

const JSON_TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}[\],:])|(\s+|[^\s"{}[\],:]+)/g;

/** Splits JSON source into coloured tokens at build time, so no highlighter ships to the browser. */
export function highlightJson(source: string): CodeToken[] {
  const tokens: CodeToken[] = [];
  const push = (kind: CodeToken['kind'], text: string): void => {
    const last = tokens.at(-1);
    if (last && last.kind === kind) last.text += text;
    else tokens.push({ kind, text });
  };
  for (const match of source.matchAll(JSON_TOKEN)) {
    const [, str, colon, num, literal, punct, other] = match;
    if (str !== undefined) {
      push(colon ? 'key' : 'string', str);
      if (colon) push('punct', colon);
    } else if (num !== undefined) push('number', num);
    else if (literal !== undefined) push('literal', literal);
    else if (punct !== undefined) push('punct', punct);
    else push('plain', other ?? '');
  }
  return tokens;
}
