import type { ContextLookup } from './request.ts';
import { literalTokens, wildcardTokens, type PatternToken } from './wildcard.ts';

/** A policy string with its variables resolved, or the variable that could not be. */
export type Resolved = { ok: true; tokens: PatternToken[]; text: string } | { ok: false; variable: string; why: string };

const SPECIAL: Record<string, string> = { '*': '*', '?': '?', $: '$' };

/**
 * Substitutes policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`,
 * `${aws:username, 'default'}`, and `${*}`, `${?}`, `${$}` for literal characters) into
 * an element value. Substituted text is literal: a `*` in a user name is not a wildcard.
 * A key absent from the request (with no default) or multivalued cannot be substituted;
 * IAM then treats the value as matching nothing. With Version 2008-10-17 (`enabled` false)
 * `${...}` is plain text.
 */
export function resolveVariables(raw: string, lookup: ContextLookup, enabled: boolean): Resolved {
  if (!enabled || !raw.includes('${')) return { ok: true, tokens: wildcardTokens(raw), text: raw };
  const tokens: PatternToken[] = [];
  let text = '';
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf('${', i);
    const close = open < 0 ? -1 : raw.indexOf('}', open);
    if (open < 0 || close < 0) break;
    tokens.push(...wildcardTokens(raw.slice(i, open)));
    text += raw.slice(i, open);
    const inner = raw.slice(open + 2, close).trim();
    const value = SPECIAL[inner] ?? substitute(inner, lookup);
    if (typeof value !== 'string') return value;
    tokens.push(...literalTokens(value));
    text += value;
    i = close + 1;
  }
  tokens.push(...wildcardTokens(raw.slice(i)));
  return { ok: true, tokens, text: text + raw.slice(i) };
}

function substitute(inner: string, lookup: ContextLookup): string | { ok: false; variable: string; why: string } {
  const m = /^([^,\s]+)\s*(?:,\s*'([^']*)')?$/.exec(inner);
  if (!m) return { ok: false, variable: inner, why: `\${${inner}} is not a valid policy variable` };
  const key = m[1] as string;
  const values = lookup(key);
  if (values && values.length === 1) return values[0] as string;
  if (values && values.length > 1) return { ok: false, variable: key, why: `${key} is multivalued and cannot be a policy variable` };
  if (m[2] !== undefined) return m[2];
  return { ok: false, variable: key, why: `${key} is not in the request context, so \${${key}} matches nothing` };
}
