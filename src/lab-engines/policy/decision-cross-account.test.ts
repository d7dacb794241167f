// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from './decision.ts';
import { policy, request, roleSession, statement, user } from './test-support.ts';

const A = '111122223333';
const B = '444455556666';
const last = (d: ReturnType<typeof evaluateRequest>) => d.steps[d.steps.length - 1];
const allowAll = (name: string, kind: 'scp' | 'identity') => policy(name, kind, statement({ Effect: 'Allow', Action: '*', Resource: '*' }));

// Vectors: the rule the page states — the trusting account's resource-based policy must name the principal
// (or its account) and the trusted account's identity-based policy must allow; both are needed.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
describe('cross-account requests need both sides', () => {
  const carlos = user(A, 'carlos');
  const req = request(carlos, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/k', B);
  const identity = policy('carlos-s3', 'identity', statement({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*' }));
  const bucketFor = (principal: string) => ({ kind: 'resource' as const, policy: policy('bucket', 'resource', statement({ Effect: 'Allow', Principal: { AWS: principal }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*' })) });

  it.each([
    ['bucket trusts the account, identity allows', { identity: [identity], resource: bucketFor(A) }, 'allow', 'session'],
    ['bucket names the user, identity allows', { identity: [identity], resource: bucketFor(carlos.arn) }, 'allow', 'session'],
    ['bucket names the user, no identity policy', { resource: bucketFor(carlos.arn) }, 'implicit-deny', 'identity'],
    ['identity allows, bucket trusts another account', { identity: [identity], resource: bucketFor('999988887777') }, 'implicit-deny', 'resource'],
    ['identity allows, no bucket policy', { identity: [identity] }, 'implicit-deny', 'resource'],
  ])('%s → %s', (_name, inputs, decision, stage) => {
    const d = evaluateRequest(req, inputs);
    expect([d.decision, last(d)?.stage]).toEqual([decision, stage]);
  });

  // Role trust policies must allow; https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html
  it('AssumeRole across accounts: the trust policy and the caller\'s identity policy must both allow', () => {
    const trust = { kind: 'role-trust' as const, policy: policy('trust', 'role-trust', statement({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'sts:AssumeRole' })) };
    const assume = policy('assume', 'identity', statement({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${B}:role/Audit` }));
    const r = request(carlos, 'sts:AssumeRole', `arn:aws:iam::${B}:role/Audit`, B);
    expect(evaluateRequest(r, { identity: [assume], resource: trust }).decision).toBe('allow');
    expect(evaluateRequest(r, { resource: trust }).decision).toBe('implicit-deny');
  });
});

// Vectors: every level of the OU path must allow; SCPs grant nothing; a Deny at any level wins.
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
describe('SCPs along the OU path', () => {
  const dev = roleSession(A, 'Dev', 's');
  const identity = [allowAll('admin', 'identity')];
  const s3Only = policy('s3-only', 'scp', statement({ Effect: 'Allow', Action: 's3:*', Resource: '*' }));
  const path = [{ level: 'Root', policies: [allowAll('FullAWSAccess', 'scp')] }, { level: 'Production OU', policies: [allowAll('FullAWSAccess', 'scp')] }, { level: 'Account B', policies: [s3Only] }];

  it('allows S3, which every level allows, and stops EC2 at the account level', () => {
    expect(evaluateRequest(request(dev, 's3:GetObject', 'arn:aws:s3:::b/k', A), { identity, scps: path }).decision).toBe('allow');
    const ec2 = evaluateRequest(request(dev, 'ec2:RunInstances', '*', A), { identity, scps: path });
    expect(last(ec2)).toMatchObject({ stage: 'scp', outcome: 'implicit-deny', message: expect.stringContaining('"Account B"') });
  });

  it('a level with FullAWSAccess detached and nothing else allows nothing', () => {
    const d = evaluateRequest(request(dev, 's3:GetObject', 'arn:aws:s3:::b/k', A), { identity, scps: [{ level: 'Root', policies: [allowAll('FullAWSAccess', 'scp')] }, { level: 'Production OU', policies: [] }] });
    expect(last(d)).toMatchObject({ stage: 'scp', outcome: 'implicit-deny' });
  });

  it('an allow-all SCP grants nothing on its own, and a Deny SCP at the root overrides the account\'s Allow', () => {
    expect(last(evaluateRequest(request(dev, 's3:GetObject', 'arn:aws:s3:::b/k', A), { scps: path }))?.stage).toBe('identity');
    const deny = policy('deny-s3-delete', 'scp', statement({ Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }));
    const d = evaluateRequest(request(dev, 's3:DeleteObject', 'arn:aws:s3:::b/k', A), { identity, scps: [{ level: 'Root', policies: [allowAll('FullAWSAccess', 'scp'), deny] }] });
    expect(d.steps[0]?.decidedBy).toMatchObject({ policy: 'deny-s3-delete', index: 0 });
  });

  it('SCPs do not apply to service principals; the root user of a member account is still bound by them', () => {
    const denyAll = [{ level: 'Root', policies: [policy('deny-all', 'scp', statement({ Effect: 'Deny', Action: '*', Resource: '*' }))] }];
    const bucket = { kind: 'resource' as const, policy: policy('b', 'resource', statement({ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::trail/*', Condition: { StringEquals: { 'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${A}:trail/main` } } })) };
    const trail = { type: 'service' as const, arn: 'cloudtrail.amazonaws.com', account: '' };
    expect(evaluateRequest(request(trail, 's3:PutObject', 'arn:aws:s3:::trail/x', A, { 'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${A}:trail/main` }), { scps: denyAll, resource: bucket }).decision).toBe('allow');
    const wrong = evaluateRequest(request(trail, 's3:PutObject', 'arn:aws:s3:::trail/x', A, { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:999988887777:trail/x' }), { resource: bucket });
    expect(last(wrong)?.failed[0]?.reason?.condition).toMatchObject({ operator: 'StringEquals', key: 'aws:SourceArn' });
    const root = { type: 'root' as const, arn: `arn:aws:iam::${A}:root`, account: A };
    expect(evaluateRequest(request(root, 's3:GetObject', 'arn:aws:s3:::b/k', A), {}).decision).toBe('allow');
    expect(evaluateRequest(request(root, 's3:GetObject', 'arn:aws:s3:::b/k', A), { scps: denyAll }).decision).toBe('explicit-deny');
  });
});

// Vector: a data-perimeter RCP (deny access from outside the organization, except AWS services).
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html
describe('RCPs', () => {
  const perimeter = policy('perimeter', 'rcp', statement({
    Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*',
    Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } },
  }));
  const rcpFull = policy('RCPFullAWSAccess', 'rcp', statement({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }));
  const rcps = [{ level: 'Root', policies: [rcpFull, perimeter] }];
  const outsider = user(A, 'x');
  const bucket = { kind: 'resource' as const, policy: policy('b', 'resource', statement({ Effect: 'Allow', Principal: { AWS: A }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })) };
  const identity = [allowAll('all', 'identity')];

  it('denies a principal outside the organization even though both sides allow; allows one inside', () => {
    const out = evaluateRequest(request(outsider, 's3:GetObject', 'arn:aws:s3:::b/k', B), { rcps, resource: bucket, identity });
    expect(out.steps[0]?.decidedBy).toMatchObject({ policy: 'perimeter', effect: 'Deny' });
    expect(evaluateRequest(request(outsider, 's3:GetObject', 'arn:aws:s3:::b/k', B, { 'aws:PrincipalOrgID': 'o-abc' }), { rcps, resource: bucket, identity }).decision).toBe('allow');
  });
});
