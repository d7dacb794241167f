// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitOperator } from './condition-names.ts';
import { evaluateCondition, evaluateConditions } from './conditions.ts';
import type { ConditionTest } from './policy-model.ts';
import type { ContextLookup, ContextValue } from './request.ts';

const lookupOf = (ctx: Record<string, ContextValue>): ContextLookup => (key) => {
  const hit = Object.entries(ctx).find(([k]) => k.toLowerCase() === key.toLowerCase());
  if (!hit) return undefined;
  return Array.isArray(hit[1]) ? [...(hit[1] as string[])] : [String(hit[1])];
};
const test = (operator: string, key: string, values: string[]): ConditionTest => {
  const { qualifier, base, ifExists } = splitOperator(operator);
  return { operator, base, qualifier, ifExists, key, values, at: { line: 1, column: 1, offset: 0 } };
};
const run = (operator: string, key: string, values: string[], ctx: Record<string, ContextValue>) => evaluateCondition(test(operator, key, values), lookupOf(ctx), true).ok;

// Semantics from https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
// and https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
describe('evaluateCondition', () => {
  it.each([
    ['StringEquals', 'aws:username', ['carlos', 'ana'], { 'aws:username': 'ana' }, true],
    ['StringEquals', 'aws:username', ['Ana'], { 'aws:username': 'ana' }, false],
    ['StringEqualsIgnoreCase', 'aws:username', ['Ana'], { 'aws:username': 'ana' }, true],
    ['StringLike', 's3:prefix', ['home/${aws:username}/*'], { 's3:prefix': 'home/ana/x', 'aws:username': 'ana' }, true],
    ['StringLike', 's3:prefix', ['home/${aws:username}/*'], { 's3:prefix': 'home/ana/x' }, false],
    ['StringNotEquals', 'aws:PrincipalOrgID', ['o-123'], {}, true],
    ['StringEquals', 'aws:PrincipalOrgID', ['o-123'], {}, false],
    ['StringEqualsIfExists', 'ec2:InstanceType', ['t3.micro'], {}, true],
    ['NumericLessThanEquals', 's3:max-keys', ['10'], { 's3:max-keys': 10 }, true],
    ['NumericLessThan', 's3:max-keys', ['10'], { 's3:max-keys': 'ten' }, false],
    ['DateGreaterThan', 'aws:CurrentTime', ['2020-01-01T00:00:00Z'], { 'aws:CurrentTime': '2026-12-02T05:00:00Z' }, true],
    ['DateLessThan', 'aws:EpochTime', ['1700000000'], { 'aws:EpochTime': 1600000000 }, true],
    ['Bool', 'aws:SecureTransport', ['false'], { 'aws:SecureTransport': false }, true],
    ['Bool', 'aws:MultiFactorAuthPresent', ['true'], {}, false],
    ['BoolIfExists', 'aws:MultiFactorAuthPresent', ['false'], {}, true],
    ['IpAddress', 'aws:SourceIp', ['192.0.2.0/24', '203.0.113.0/24'], { 'aws:SourceIp': '203.0.113.9' }, true],
    ['NotIpAddress', 'aws:SourceIp', ['192.0.2.0/24'], { 'aws:SourceIp': '192.0.2.9' }, false],
    ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/Admin*'], { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/AdminX' }, true],
    ['ArnEquals', 'aws:SourceArn', ['arn:aws:sns:us-east-1:111122223333:*'], { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:t' }, true],
    ['ArnNotLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/Admin*'], { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/AdminX' }, false],
    ['Null', 'aws:TokenIssueTime', ['true'], {}, true],
    ['Null', 'aws:TokenIssueTime', ['true'], { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' }, false],
    ['Null', 'aws:TokenIssueTime', ['false'], { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' }, true],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], { 'aws:TagKeys': ['env'] }, true],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], { 'aws:TagKeys': ['env', 'cost'] }, false],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], {}, true],
    ['ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], { 'aws:TagKeys': [] }, true],
    ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], { 'aws:TagKeys': ['cost', 'env'] }, true],
    ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], {}, false],
    ['ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', ['env'], {}, true],
    ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['env'], { 'aws:TagKeys': ['env', 'cost'] }, true],
    ['ForAllValues:StringNotLike', 'aws:TagKeys', ['aws:*'], { 'aws:TagKeys': ['env', 'aws:x'] }, false],
  ])('%s %s %j with %j is %s', (operator, key, values, ctx, expected) => {
    expect(run(operator, key, values, ctx)).toBe(expected);
  });

  it('says which key, operator and value failed, and why', () => {
    const r = evaluateCondition(test('IpAddress', 'aws:SourceIp', ['192.0.2.0/24']), lookupOf({ 'aws:SourceIp': '198.51.100.4' }), true);
    expect(r).toEqual({ ok: false, failure: { operator: 'IpAddress', key: 'aws:SourceIp', policyValues: ['192.0.2.0/24'], requestValues: ['198.51.100.4'], why: 'aws:SourceIp is ["198.51.100.4"], which matches none of ["192.0.2.0/24"]' } });
  });

  it('ANDs operators and keys: the first false test is returned', () => {
    const r = evaluateConditions([test('Bool', 'aws:SecureTransport', ['true']), test('StringEquals', 'aws:PrincipalOrgID', ['o-1'])], lookupOf({ 'aws:SecureTransport': true }), true);
    expect(!r.ok && r.failure.key).toBe('aws:PrincipalOrgID');
  });
});

const negations: [string, string][] = [
  ['StringEquals', 'StringNotEquals'], ['StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase'], ['StringLike', 'StringNotLike'],
  ['NumericEquals', 'NumericNotEquals'], ['DateEquals', 'DateNotEquals'], ['IpAddress', 'NotIpAddress'], ['ArnLike', 'ArnNotLike'], ['ArnEquals', 'ArnNotEquals'],
];
const value = fc.oneof(fc.constantFrom('a', 'A', 'a*', '?', '10', '10.0', '2026-01-01T00:00:00Z', '192.0.2.1', '192.0.2.0/24', 'arn:aws:iam::111122223333:role/R', 'arn:aws:iam::*:role/*'), fc.string({ maxLength: 6 }));

describe('condition operator properties', () => {
  it('each Not… operator is the negation of its positive operator on a present single-valued key', () => {
    fc.assert(fc.property(fc.constantFrom(...negations), value, fc.array(value, { minLength: 1, maxLength: 3 }), ([pos, neg], v, values) => {
      expect(run(neg, 'k', values, { k: v })).toBe(!run(pos, 'k', values, { k: v }));
    }));
  });

  it('…IfExists only differs from its operator when the key is absent, where it is true', () => {
    fc.assert(fc.property(fc.constantFrom(...negations.flat(), 'Bool', 'NumericLessThan'), fc.option(value), fc.array(value, { minLength: 1, maxLength: 3 }), (op, v, values) => {
      const ctx: Record<string, ContextValue> = v === null ? {} : { k: v };
      expect(run(`${op}IfExists`, 'k', values, ctx)).toBe(v === null ? true : run(op, 'k', values, ctx));
    }));
  });

  it('ForAllValues is true on an absent or empty key; ForAnyValue is false; a single value behaves like the plain operator', () => {
    fc.assert(fc.property(fc.constantFrom('StringEquals', 'StringLike', 'StringNotEquals'), value, fc.array(value, { minLength: 1, maxLength: 3 }), (op, v, values) => {
      expect(run(`ForAllValues:${op}`, 'k', values, {})).toBe(true);
      expect(run(`ForAllValues:${op}`, 'k', values, { k: [] })).toBe(true);
      expect(run(`ForAnyValue:${op}`, 'k', values, {})).toBe(false);
      expect(run(`ForAllValues:${op}`, 'k', values, { k: [v] })).toBe(run(op, 'k', values, { k: v }));
      expect(run(`ForAnyValue:${op}`, 'k', values, { k: [v] })).toBe(run(op, 'k', values, { k: v }));
    }));
  });

  it('policy values are OR-ed: adding a value never makes a positive operator false', () => {
    fc.assert(fc.property(fc.constantFrom('StringEquals', 'StringLike', 'IpAddress', 'ArnLike', 'NumericEquals'), value, fc.array(value, { minLength: 1, maxLength: 3 }), value, (op, v, values, extra) => {
      if (run(op, 'k', values, { k: v })) expect(run(op, 'k', [...values, extra], { k: v })).toBe(true);
    }));
  });
});
