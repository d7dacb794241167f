/** One unit of a compiled pattern: `*` (any run), `?` (one character) or a literal character. */
export type PatternToken = { kind: 'any' } | { kind: 'one' } | { kind: 'char'; char: string };

/** Compiles text in which `*` and `?` are wildcards into tokens. */
export function wildcardTokens(text: string): PatternToken[] {
  return Array.from(text, (c): PatternToken => (c === '*' ? { kind: 'any' } : c === '?' ? { kind: 'one' } : { kind: 'char', char: c }));
}

/** Compiles text in which every character is literal (a substituted variable value, `${*}`). */
export function literalTokens(text: string): PatternToken[] {
  return Array.from(text, (char): PatternToken => ({ kind: 'char', char }));
}

/**
 * Whether `value` matches the pattern, `*` matching any run of characters (also across `:`
 * and `/`) and `?` exactly one. Linear-time backtracking, so hostile patterns cannot hang it.
 * IAM compares actions case-insensitively and resource ARNs case-sensitively.
 */
export function matchTokens(tokens: readonly PatternToken[], value: string, ignoreCase: boolean): boolean {
  const v = Array.from(ignoreCase ? value.toLowerCase() : value);
  const eq = (t: PatternToken, c: string) => t.kind === 'one' || (t.kind === 'char' && (ignoreCase ? t.char.toLowerCase() : t.char) === c);
  let p = 0;
  let i = 0;
  let star = -1;
  let mark = 0;
  while (i < v.length) {
    const t = tokens[p];
    if (t && t.kind !== 'any' && eq(t, v[i] as string)) { p++; i++; }
    else if (t && t.kind === 'any') { star = p++; mark = i; }
    else if (star >= 0) { p = star + 1; i = ++mark; }
    else return false;
  }
  while (tokens[p]?.kind === 'any') p++;
  return p === tokens.length;
}

/** Shorthand: matches `value` against a pattern string with `*` and `?` wildcards. */
export function wildcardMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  return matchTokens(wildcardTokens(pattern), value, ignoreCase);
}

/** Splits an ARN into its six colon-delimited parts (the last may itself contain colons), or null. */
export function arnParts(arn: string): string[] | null {
  const parts = arn.split(':');
  if (parts.length < 6) return null;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/**
 * ArnLike/ArnEquals: each of the six colon-delimited components is matched separately and
 * case-sensitively, each may use `*` and `?`. A pattern that is not an ARN matches as a whole.
 */
export function arnMatch(tokens: readonly PatternToken[], value: string): boolean {
  const split = (ts: readonly PatternToken[]) => {
    const out: PatternToken[][] = [[]];
    for (const t of ts) {
      if (t.kind === 'char' && t.char === ':' && out.length < 6) out.push([]);
      else out[out.length - 1]?.push(t);
    }
    return out;
  };
  const patternParts = split(tokens);
  if (patternParts.length < 6) return matchTokens(tokens, value, false);
  const valueParts = arnParts(value);
  if (!valueParts) return false;
  return patternParts.every((part, k) => matchTokens(part, valueParts[k] as string, false));
}
