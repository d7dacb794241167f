// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from './decision.ts';
import { parsePolicy } from './policy-parser.ts';
import { policy, request, roleSession, statement, user } from './test-support.ts';

const A = '111122223333';
const B = '444455556666';
const KEY = `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const last = (d: ReturnType<typeof evaluateRequest>) => d.steps[d.steps.length - 1];

// Vectors: the default key policy's "Enable IAM User Permissions" statement delegates to IAM; without it IAM policies
// are ineffective; a key policy naming a principal grants on its own; cross-account both sides are needed.
// https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
// https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html
describe('KMS key policies must allow whatever IAM says', () => {
  const app = roleSession(A, 'App', 's');
  const iamDecrypt = policy('iam-decrypt', 'identity', statement({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY }));
  const key = (s: object) => ({ kind: 'kms-key' as const, policy: policy('key-policy', 'kms-key', statement(s)) });
  const enableIam = key({ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'kms:*', Resource: '*' });
  const adminsOnly = key({ Sid: 'KeyAdmins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' });
  const req = request(app, 'kms:Decrypt', KEY, A);

  it('with the delegation statement, the IAM policy decides', () => {
    expect(evaluateRequest(req, { identity: [iamDecrypt], resource: enableIam }).decision).toBe('allow');
    expect(last(evaluateRequest(req, { resource: enableIam }))?.stage).toBe('identity');
  });

  it('without it, an IAM Allow is not enough', () => {
    const d = evaluateRequest(req, { identity: [iamDecrypt], resource: adminsOnly });
    expect(last(d)).toMatchObject({ stage: 'resource', outcome: 'implicit-deny', message: expect.stringContaining('KMS key policy must allow') });
    expect(last(d)?.failed[0]).toMatchObject({ sid: 'KeyAdmins', reason: { element: 'Principal' } });
  });

  it('a key policy naming the role grants without IAM; kms:ViaService conditions are checked', () => {
    const viaS3 = key({ Effect: 'Allow', Principal: { AWS: app.roleArn }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } });
    expect(evaluateRequest(request(app, 'kms:Decrypt', KEY, A, { 'kms:ViaService': 's3.us-east-1.amazonaws.com' }), { resource: viaS3 }).decision).toBe('allow');
    const direct = evaluateRequest(req, { resource: viaS3 });
    expect(last(direct)?.failed[0]?.reason?.condition).toMatchObject({ key: 'kms:ViaService', operator: 'StringEquals', requestValues: undefined });
  });

  it('cross-account decrypt needs the key policy to trust the other account and that account\'s IAM to allow', () => {
    const ext = user(B, 'analyst');
    const trustB = key({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${B}:root` }, Action: 'kms:Decrypt', Resource: '*' });
    const extIam = policy('ext-iam', 'identity', statement({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY }));
    const r = request(ext, 'kms:Decrypt', KEY, A);
    expect(evaluateRequest(r, { identity: [extIam], resource: trustB }).decision).toBe('allow');
    expect(last(evaluateRequest(r, { resource: trustB }))?.stage).toBe('identity');
    expect(last(evaluateRequest(r, { identity: [extIam], resource: enableIam }))?.stage).toBe('resource');
  });
});

// Vector: an endpoint policy limits what can be done through the endpoint and grants nothing.
// https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html
describe('VPC endpoint policies', () => {
  const app = roleSession(A, 'App', 's');
  const identity = [policy('s3', 'identity', statement({ Effect: 'Allow', Action: 's3:*', Resource: '*' }))];
  const endpoint = policy('vpce-policy', 'vpc-endpoint', statement({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::approved/*' }));

  it('stops requests through the endpoint to other buckets, but not requests that do not use it', () => {
    const through = { ...request(app, 's3:GetObject', 'arn:aws:s3:::other/k', A), viaVpcEndpoint: true };
    expect(last(evaluateRequest(through, { identity, vpcEndpoint: endpoint }))).toMatchObject({ stage: 'vpc-endpoint', outcome: 'implicit-deny' });
    expect(evaluateRequest({ ...through, resource: { arn: 'arn:aws:s3:::approved/k', account: A } }, { identity, vpcEndpoint: endpoint }).decision).toBe('allow');
    expect(evaluateRequest({ ...through, viaVpcEndpoint: false }, { identity, vpcEndpoint: endpoint }).decision).toBe('allow');
    expect(evaluateRequest({ ...through, resource: { arn: 'arn:aws:s3:::approved/k', account: A } }, { vpcEndpoint: endpoint }).decision).toBe('implicit-deny');
  });
});

describe('the trace', () => {
  it('names the failed condition key, operator and value when nothing allows', () => {
    const ip = policy('office-only', 'identity', statement({ Sid: 'FromOffice', Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } }));
    const d = evaluateRequest(request(user(A, 'ana'), 's3:GetObject', 'arn:aws:s3:::b/k', A, { 'aws:SourceIp': '198.51.100.7' }), { identity: [ip] });
    expect(d.decision).toBe('implicit-deny');
    expect(last(d)?.failed).toEqual([{ policy: 'office-only', index: 0, sid: 'FromOffice', effect: 'Allow', reason: { element: 'Condition', why: expect.stringContaining('198.51.100.7'), condition: expect.objectContaining({ key: 'aws:SourceIp', operator: 'IpAddress', policyValues: ['192.0.2.0/24'] }) } }]);
  });

  it('resolves ${aws:username} in Resource, and a missing variable matches nothing', () => {
    const home = policy('home', 'identity', statement({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' }));
    expect(evaluateRequest(request(user(A, 'ana'), 's3:PutObject', 'arn:aws:s3:::home/ana/x', A), { identity: [home] }).decision).toBe('allow');
    expect(evaluateRequest(request(user(A, 'ana'), 's3:PutObject', 'arn:aws:s3:::home/bob/x', A), { identity: [home] }).decision).toBe('implicit-deny');
    const d = evaluateRequest(request(roleSession(A, 'R', 'ana'), 's3:PutObject', 'arn:aws:s3:::home/ana/x', A), { identity: [home] });
    expect(last(d)?.failed[0]?.reason?.why).toMatch(/aws:username is not in the request context/);
  });

  it('flags a statement it cannot evaluate instead of ignoring it', () => {
    const parsed = parsePolicy(JSON.stringify(statement({ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { BinaryEquals: { 'x:k': 'AA==' } } })), 'identity');
    const allow = policy('allow', 'identity', statement({ Effect: 'Allow', Action: 's3:*', Resource: '*' }));
    const d = evaluateRequest(request(user(A, 'ana'), 's3:GetObject', 'arn:aws:s3:::b/k', A), { identity: [allow, { name: 'binary', document: parsed.document ?? { version: '2012-10-17', id: undefined, statements: [] } }] });
    expect(d.unsupported).toEqual([expect.objectContaining({ policy: 'binary', index: 0, effect: 'Deny', reason: expect.objectContaining({ element: 'Unsupported' }) })]);
  });
});
