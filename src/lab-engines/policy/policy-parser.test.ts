// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parsePolicy } from './policy-parser.ts';

const text = (doc: object) => JSON.stringify(doc, null, 2);
const st = (s: object) => text({ Version: '2012-10-17', Statement: [s] });

describe('parsePolicy', () => {
  it('reads every supported element into a statement', () => {
    const r = parsePolicy(text({
      Version: '2012-10-17', Id: 'p1',
      Statement: [{
        Sid: 'A', Effect: 'Deny', NotAction: 's3:Get*', NotResource: ['arn:aws:s3:::b/*'],
        NotPrincipal: { AWS: ['111122223333', 'arn:aws:iam::111122223333:role/R'], Service: 'cloudtrail.amazonaws.com' },
        Condition: { 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['a*', 'b'] }, NumericLessThan: { 's3:max-keys': 10 }, Bool: { 'aws:SecureTransport': false } },
      }],
    }), 'resource');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const s = r.document?.statements[0];
    expect(s).toMatchObject({ index: 0, sid: 'A', effect: 'Deny', notAction: { values: ['s3:Get*'] }, notResource: { values: ['arn:aws:s3:::b/*'] } });
    expect(s?.notPrincipal).toMatchObject({ wildcard: false, aws: ['111122223333', 'arn:aws:iam::111122223333:role/R'], service: ['cloudtrail.amazonaws.com'] });
    expect(s?.conditions.map((c) => [c.base, c.qualifier, c.ifExists, c.key, c.values])).toEqual([
      ['StringLike', 'ForAnyValue', true, 'aws:TagKeys', ['a*', 'b']],
      ['NumericLessThan', null, false, 's3:max-keys', ['10']],
      ['Bool', null, false, 'aws:SecureTransport', ['false']],
    ]);
  });

  it('accepts a single statement object and warns when Version is missing', () => {
    const r = parsePolicy(text({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }), 'identity');
    expect(r.document?.version).toBe('2008-10-17');
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/policy variables are plain text/) })]);
  });

  it('puts invalid JSON at its line and column', () => {
    const r = parsePolicy('{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", }\n  ]\n}', 'identity');
    expect(r.document).toBeNull();
    expect(r.diagnostics).toEqual([{ severity: 'error', message: "invalid JSON: expected a quoted key but found '}'", line: 4, column: 26 }]);
  });

  it.each([
    [{ Effect: 'allow', Action: '*', Resource: '*' }, 'identity', 'Effect must be "Allow" or "Deny"', 5, 17],
    [{ Action: '*', Resource: '*' }, 'identity', 'Effect is required', 4, 5],
    [{ Effect: 'Allow', Action: 's3', Resource: '*' }, 'identity', 'is not "service:action"', 6, 17],
    [{ Effect: 'Allow', Action: '*', NotAction: 's3:*', Resource: '*' }, 'identity', 'not both', 4, 5],
    [{ Effect: 'Allow', Action: '*' }, 'identity', 'Resource or NotResource is required', 4, 5],
    [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: '*' }, 'identity', 'Principal is not allowed in identity policies', 8, 20],
    [{ Effect: 'Allow', Action: '*', Resource: '*' }, 'resource', 'Principal or NotPrincipal is required', 4, 5],
    [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: { AWS: 'arn:aws:iam::*:root' } }, 'resource', 'wildcards cannot match part of a principal', 9, 16],
    [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: { AWS: '1234' } }, 'resource', 'is not an account ID', 9, 16],
    [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: { AWS: '111122223333' } }, 'rcp', "an RCP's Principal must be", 8, 20],
    [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEqualz: { a: 'b' } } }, 'identity', 'unknown condition operator "StringEqualz"', 9, 9],
    [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { 'ForEachValue:StringEquals': { a: 'b' } } }, 'identity', 'unknown set operator', 9, 9],
    [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { NullIfExists: { a: 'true' } } }, 'identity', 'Null takes neither', 9, 9],
    [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { a: [] } } }, 'identity', 'has no values', 10, 16],
    [{ Effect: 'Allow', Action: [], Resource: '*' }, 'identity', 'must not be an empty array', 6, 17],
    [{ Effect: 'Allow', Action: '*', Resource: '*', Extra: 1 }, 'identity', 'unknown element "Extra"', 8, 7],
    [{ Effect: 'Allow', Action: '*', Resource: 'my-bucket' }, 'identity', 'is not "*" or an ARN', 7, 19],
    [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*', Principal: '*' }, 'role-trust', 'a role trust policy cannot have Resource', 7, 7],
  ])('reports grammar error %j (%s) with its position', (s, kind, message, line, column) => {
    const r = parsePolicy(st(s), kind as 'identity');
    expect(r.document).toBeNull();
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining(message), line, column }));
  });

  it('reports Federated principals and BinaryEquals as unsupported and records them on the statement', () => {
    const r = parsePolicy(st({
      Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Condition: { BinaryEquals: { 'x:k': 'QmluYXJ5' } },
    }), 'role-trust');
    expect(r.diagnostics.map((d) => d.severity)).toEqual(['unsupported', 'unsupported']);
    expect(r.document?.statements[0]?.unsupported).toEqual(['statement 0: Principal.Federated', 'statement 0: BinaryEquals']);
  });

  it('requires unique Sids', () => {
    const r = parsePolicy(text({ Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Allow', Action: '*', Resource: '*' }, { Sid: 'A', Effect: 'Deny', Action: '*', Resource: '*' }] }), 'identity');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('Sid "A" is used twice'), line: 10 }));
  });

  it('refuses oversized text before parsing', () => {
    const r = parsePolicy(' '.repeat(100_001), 'identity');
    expect(r.diagnostics[0]?.message).toMatch(/at most 100000/);
  });
});
