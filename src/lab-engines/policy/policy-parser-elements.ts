import type { LocatedValue, SourcePosition } from './json-located.ts';
import type { ConditionTest, Diagnostic, PrincipalSpec } from './policy-model.ts';
import { KNOWN_UNSUPPORTED_OPERATORS, isSupportedOperator, splitOperator } from './condition-names.ts';

/** Adds one diagnostic at a position. */
export type Report = (severity: Diagnostic['severity'], message: string, at: SourcePosition) => void;

const AWS_PRINCIPAL = /^(\d{12}|arn:aws[a-z-]*:(iam::\d{12}:(root|user\/.+|role\/.+)|sts::\d{12}:(assumed-role\/[^/]+\/.+|federated-user\/.+)))$/;

/** Reads a Principal or NotPrincipal element; Federated and CanonicalUser are reported as unsupported. */
export function parsePrincipal(value: LocatedValue, name: string, report: Report, unsupported: string[]): PrincipalSpec {
  const spec: PrincipalSpec = { wildcard: false, aws: [], service: [], at: value.at };
  if (value.kind === 'string') {
    if (value.value === '*') spec.wildcard = true;
    else report('error', `${name} must be "*" or an object such as {"AWS": ...}`, value.at);
    return spec;
  }
  if (value.kind !== 'object') { report('error', `${name} must be "*" or an object`, value.at); return spec; }
  for (const { key, keyAt, value: v } of value.entries) {
    const items = v.kind === 'array' ? v.items : [v];
    const strings = items.flatMap((item) => {
      if (item.kind === 'string') return [item.value];
      report('error', `${name}.${key} values must be strings`, item.at);
      return [];
    });
    if (key === 'AWS') {
      for (const p of strings) {
        if (p === '*') spec.wildcard = true;
        else if (p.includes('*') || p.includes('?')) report('error', `${name}: wildcards cannot match part of a principal ("${p}"); use "*" with an aws:PrincipalArn condition`, v.at);
        else if (!AWS_PRINCIPAL.test(p)) report('error', `${name}: "${p}" is not an account ID or an IAM/STS principal ARN`, v.at);
        else spec.aws.push(p);
      }
    } else if (key === 'Service') spec.service.push(...strings);
    else if (key === 'Federated' || key === 'CanonicalUser') {
      report('unsupported', `${name}.${key} principals are not evaluated by this lab`, keyAt);
      unsupported.push(`${name}.${key}`);
    } else report('error', `${name}: unknown principal type "${key}"`, keyAt);
  }
  return spec;
}

/** Reads a Condition block into one test per operator and key. */
export function parseCondition(value: LocatedValue, name: string, report: Report, unsupported: string[]): ConditionTest[] {
  if (value.kind !== 'object') { report('error', `${name}: Condition must be an object`, value.at); return []; }
  const tests: ConditionTest[] = [];
  for (const { key: operator, keyAt, value: block } of value.entries) {
    const { qualifier, base, ifExists, badQualifier } = splitOperator(operator);
    if (badQualifier !== null) { report('error', `${name}: unknown set operator "${badQualifier}:" (use ForAllValues: or ForAnyValue:)`, keyAt); continue; }
    if (base === 'Null' && (ifExists || qualifier)) { report('error', `${name}: Null takes neither IfExists nor a set operator`, keyAt); continue; }
    if (!isSupportedOperator(base)) {
      const known = (KNOWN_UNSUPPORTED_OPERATORS as readonly string[]).includes(base);
      report(known ? 'unsupported' : 'error', known ? `${name}: condition operator ${operator} is not evaluated by this lab` : `${name}: unknown condition operator "${operator}"`, keyAt);
      if (known) unsupported.push(`${name}: ${operator}`);
      continue;
    }
    if (block.kind !== 'object') { report('error', `${name}: ${operator} must map condition keys to values`, block.at); continue; }
    for (const { key, keyAt: at, value: v } of block.entries) {
      const items = v.kind === 'array' ? v.items : [v];
      if (items.length === 0) report('error', `${name}: ${operator} ${key} has no values`, v.at);
      const values = items.flatMap((item) => {
        if (item.kind === 'string') return [item.value];
        if (item.kind === 'number') return [item.raw];
        if (item.kind === 'boolean') return [String(item.value)];
        report('error', `${name}: ${operator} ${key} values must be strings, numbers or booleans`, item.at);
        return [];
      });
      tests.push({ operator, base, qualifier, ifExists, key, values, at });
    }
  }
  return tests;
}
