import { NEGATED_OPERATORS } from './condition-names.ts';
import { ipInRange } from './ip-address.ts';
import type { ConditionTest } from './policy-model.ts';
import type { ContextLookup } from './request.ts';
import { resolveVariables } from './variables.ts';
import { arnMatch, matchTokens } from './wildcard.ts';

/** Which key, operator and value made a condition false, and why, in words for the trace. */
export interface ConditionFailure {
  operator: string;
  key: string;
  policyValues: string[];
  requestValues: string[] | undefined;
  why: string;
}

/** Result of a condition test or block: true, or false with the failure that decided it. */
export type ConditionResult = { ok: true } | { ok: false; failure: ConditionFailure };

const POSITIVE: Record<string, string> = {
  StringNotEquals: 'StringEquals', StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase', StringNotLike: 'StringLike',
  NumericNotEquals: 'NumericEquals', DateNotEquals: 'DateEquals', NotIpAddress: 'IpAddress', ArnNotEquals: 'ArnEquals', ArnNotLike: 'ArnLike',
};

const toDate = (s: string) => (/^\d+$/.test(s) ? Number(s) * 1000 : /^\d{4}-\d{2}-\d{2}/.test(s) ? Date.parse(s) : NaN);
const toNumber = (s: string) => (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s.trim()) ? Number(s) : NaN);

function compare(base: string, a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (base.endsWith('LessThanEquals')) return a <= b;
  if (base.endsWith('LessThan')) return a < b;
  if (base.endsWith('GreaterThanEquals')) return a >= b;
  if (base.endsWith('GreaterThan')) return a > b;
  return a === b;
}

/** Whether one request value matches one policy value under a positive (non-negated) operator. */
function positiveMatch(base: string, requestValue: string, policyValue: string, lookup: ContextLookup, variables: boolean): boolean {
  const resolved = resolveVariables(policyValue, lookup, variables);
  if (!resolved.ok) return false;
  const p = resolved.text;
  switch (base) {
    case 'StringEquals': return requestValue === p;
    case 'StringEqualsIgnoreCase': return requestValue.toLowerCase() === p.toLowerCase();
    case 'StringLike': return matchTokens(resolved.tokens, requestValue, false);
    case 'ArnEquals': case 'ArnLike': return arnMatch(resolved.tokens, requestValue);
    case 'Bool': return requestValue.toLowerCase() === p.toLowerCase();
    case 'IpAddress': return ipInRange(requestValue, p);
    default:
      if (base.startsWith('Numeric')) return compare(base, toNumber(requestValue), toNumber(p));
      return compare(base, toDate(requestValue), toDate(p));
  }
}

const list = (vs: readonly string[]) => `[${vs.map((v) => JSON.stringify(v)).join(', ')}]`;

/**
 * Evaluates one condition test with IAM's documented semantics: policy values are OR-ed;
 * an absent key makes a positive operator false, a negated one (StringNotEquals …) true,
 * and any `…IfExists` true; `ForAnyValue` needs one request value to match, `ForAllValues`
 * needs every value to match and is true for an absent or empty key; `Null` tests presence.
 */
export function evaluateCondition(test: ConditionTest, lookup: ContextLookup, variables: boolean): ConditionResult {
  const requestValues = lookup(test.key);
  const absent = requestValues === undefined || requestValues.length === 0;
  const fail = (why: string): ConditionResult => ({ ok: false, failure: { operator: test.operator, key: test.key, policyValues: test.values, requestValues, why } });
  if (test.base === 'Null') {
    const bad = test.values.find((v) => v !== 'true' && v !== 'false');
    if (bad !== undefined) return fail(`Null takes "true" or "false", not ${JSON.stringify(bad)}`);
    if (test.values.includes(absent ? 'true' : 'false')) return { ok: true };
    return fail(absent ? `${test.key} is absent, and Null "false" requires it to be present` : `${test.key} is present, and Null "true" requires it to be absent`);
  }
  const negated = NEGATED_OPERATORS.has(test.base);
  const base = POSITIVE[test.base] ?? test.base;
  const matches = (v: string) => {
    const any = test.values.some((p) => positiveMatch(base, v, p, lookup, variables));
    return negated ? !any : any;
  };
  const shown = absent ? '' : list(requestValues);
  const verb = negated ? `matches one of ${list(test.values)}` : `matches none of ${list(test.values)}`;
  if (test.qualifier === 'ForAllValues') {
    if (absent) return { ok: true };
    const bad = requestValues.find((v) => !matches(v));
    return bad === undefined ? { ok: true } : fail(`ForAllValues: request value ${JSON.stringify(bad)} of ${test.key} ${verb}`);
  }
  if (absent) {
    if (test.ifExists) return { ok: true };
    if (negated && test.qualifier === null) return { ok: true };
    return fail(`${test.key} is not in the request context${test.qualifier ? ` (${test.qualifier} needs at least one value)` : ''}`);
  }
  const ok = test.qualifier === null && negated ? requestValues.every(matches) : requestValues.some(matches);
  if (ok) return { ok: true };
  return fail(`${test.key} is ${shown}, which ${verb}`);
}

/** Evaluates a whole Condition block: every operator and key must hold (AND); first failure is returned. */
export function evaluateConditions(tests: readonly ConditionTest[], lookup: ContextLookup, variables: boolean): ConditionResult {
  for (const test of tests) {
    const r = evaluateCondition(test, lookup, variables);
    if (!r.ok) return r;
  }
  return { ok: true };
}
