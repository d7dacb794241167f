// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from './decision.ts';
import { policy, request, roleSession, statement, user } from './test-support.ts';

const A = '111122223333';
const last = (d: ReturnType<typeof evaluateRequest>) => d.steps[d.steps.length - 1];

// Vector: the page's worked example (Carlos, his identity policy as published, and a bucket policy on the logs bucket).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html
describe('single account: identity-based and resource-based policies (Carlos)', () => {
  const carlos = user(A, 'carlossalazar');
  const identity = policy('carlossalazar-inline', 'identity', {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowS3ListRead', Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:GetAccountPublicAccessBlock', 's3:ListAccessPoints', 's3:ListAllMyBuckets'], Resource: 'arn:aws:s3:::*' },
      { Sid: 'AllowS3Self', Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/*', 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar'] },
      { Sid: 'DenyS3Logs', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::*log*' },
    ],
  });
  const bucket = policy('logs-bucket-policy', 'resource', statement({
    Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:user/carlossalazar` }, Action: 's3:*', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/*',
  }));
  const inputs = { identity: [identity], resource: { kind: 'resource' as const, policy: bucket } };

  it('denies saving to the logs bucket: DenyS3Logs overrides the bucket policy Allow', () => {
    const d = evaluateRequest(request(carlos, 's3:PutObject', 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/file.txt', A), inputs);
    expect(d.decision).toBe('explicit-deny');
    expect(d.steps[0]?.decidedBy).toMatchObject({ policy: 'carlossalazar-inline', index: 2, sid: 'DenyS3Logs', effect: 'Deny' });
  });

  it('allows full access to his own bucket (AllowS3Self) and listing (AllowS3ListRead)', () => {
    const own = evaluateRequest(request(carlos, 's3:PutObject', 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/file.txt', A), inputs);
    expect(own.decision).toBe('allow');
    expect(own.steps.find((s) => s.stage === 'identity')?.decidedBy).toMatchObject({ index: 1, sid: 'AllowS3Self' });
    const list = evaluateRequest(request(carlos, 's3:getbucketlocation', 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar', A), inputs);
    expect(list.steps.find((s) => s.stage === 'identity')?.decidedBy).toMatchObject({ index: 0, sid: 'AllowS3ListRead' });
  });

  it('allows when only one of the two same-account policies allows (the page\'s "Important" note)', () => {
    const ana = user(A, 'ana');
    const onlyBucket = policy('b', 'resource', statement({ Effect: 'Allow', Principal: { AWS: ana.arn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }));
    const viaResource = evaluateRequest(request(ana, 's3:GetObject', 'arn:aws:s3:::b/k', A), { resource: { kind: 'resource', policy: onlyBucket } });
    expect([viaResource.decision, last(viaResource)?.stage]).toEqual(['allow', 'resource']);
    const onlyIdentity = policy('i', 'identity', statement({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }));
    expect(evaluateRequest(request(ana, 's3:GetObject', 'arn:aws:s3:::b/k', A), { identity: [onlyIdentity] }).decision).toBe('allow');
    expect(evaluateRequest(request(ana, 's3:GetObject', 'arn:aws:s3:::b/k', A), {}).decision).toBe('implicit-deny');
  });
});

// Vector: the page's example (ShirleyRodriguez, boundary of S3, CloudWatch and EC2; identity policy allowing iam:CreateUser).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
describe('permissions boundaries', () => {
  const shirley = user('123456789012', 'ShirleyRodriguez');
  const boundary = policy('boundary', 'permissions-boundary', statement({ Effect: 'Allow', Action: ['s3:*', 'cloudwatch:*', 'ec2:*'], Resource: '*' }));
  const identity = policy('create-user', 'identity', statement({ Effect: 'Allow', Action: 'iam:CreateUser', Resource: 'arn:aws:iam::123456789012:user/*' }));

  it('the boundary stops iam:CreateUser although the identity-based policy allows it', () => {
    const d = evaluateRequest(request(shirley, 'iam:CreateUser', 'arn:aws:iam::123456789012:user/new', '123456789012'), { identity: [identity], permissionsBoundary: boundary });
    expect(d.decision).toBe('implicit-deny');
    expect(last(d)).toMatchObject({ stage: 'permissions-boundary', failed: [{ policy: 'boundary', index: 0, reason: { element: 'Action' } }] });
  });

  it('the boundary alone grants nothing', () => {
    const d = evaluateRequest(request(shirley, 's3:GetObject', 'arn:aws:s3:::b/k', '123456789012'), { permissionsBoundary: boundary });
    expect([d.decision, last(d)?.stage]).toEqual(['implicit-deny', 'identity']);
  });

  // Vectors: the documented rules for resource-based policies within one account
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
  it('a resource-based policy naming the IAM user is not limited by the boundary', () => {
    const bucket = policy('b', 'resource', statement({ Effect: 'Allow', Principal: { AWS: shirley.arn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }));
    const ec2Only = policy('ec2-only', 'permissions-boundary', statement({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }));
    expect(evaluateRequest(request(shirley, 's3:GetObject', 'arn:aws:s3:::b/k', '123456789012'), { permissionsBoundary: ec2Only, resource: { kind: 'resource', policy: bucket } }).decision).toBe('allow');
  });

  it('naming the role ARN is limited by the boundary; naming the role session ARN is not', () => {
    const dev = roleSession(A, 'Dev', 'alice');
    const ec2Only = policy('ec2-only', 'permissions-boundary', statement({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }));
    const grantTo = (arn: string) => ({ kind: 'resource' as const, policy: policy('b', 'resource', statement({ Effect: 'Allow', Principal: { AWS: arn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })) });
    const req = request(dev, 's3:GetObject', 'arn:aws:s3:::b/k', A);
    const viaRole = evaluateRequest(req, { permissionsBoundary: ec2Only, resource: grantTo(dev.roleArn ?? '') });
    expect([viaRole.decision, last(viaRole)?.stage]).toEqual(['implicit-deny', 'permissions-boundary']);
    expect(evaluateRequest(req, { resource: grantTo(dev.roleArn ?? '') }).decision).toBe('allow');
    expect(evaluateRequest(req, { permissionsBoundary: ec2Only, resource: grantTo(dev.arn) }).decision).toBe('allow');
  });
});

// Vector: modelled on the page's example (role permissions on the productionapp bucket, narrower session policy).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_assumerole.html
describe('session policies', () => {
  const session = roleSession(A, 'productionapp-role', 's');
  const rolePolicy = policy('role-permissions', 'identity', {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::productionapp' },
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: 'arn:aws:s3:::productionapp/*' },
    ],
  });
  const sessionPolicy = policy('session', 'session', statement({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::productionapp/*' }));
  const inputs = { identity: [rolePolicy], sessionPolicies: [sessionPolicy] };

  it('the session keeps only the intersection: GetObject yes, PutObject no', () => {
    expect(evaluateRequest(request(session, 's3:GetObject', 'arn:aws:s3:::productionapp/a', A), inputs).decision).toBe('allow');
    const put = evaluateRequest(request(session, 's3:PutObject', 'arn:aws:s3:::productionapp/a', A), inputs);
    expect([put.decision, last(put)?.stage]).toEqual(['implicit-deny', 'session']);
  });

  it('a session policy cannot grant more than the role has', () => {
    const wide = policy('wide', 'session', statement({ Effect: 'Allow', Action: '*', Resource: '*' }));
    const d = evaluateRequest(request(session, 'iam:CreateUser', 'arn:aws:iam::111122223333:user/x', A), { identity: [rolePolicy], sessionPolicies: [wide] });
    expect([d.decision, last(d)?.stage]).toEqual(['implicit-deny', 'identity']);
  });

  // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html ("if you do not pass any session policies, then the resulting federated user session has no permissions")
  it('a federated user session without a session policy has no permissions', () => {
    const fed = { type: 'federated-user' as const, arn: `arn:aws:sts::${A}:federated-user/bob`, account: A };
    const all = policy('user', 'identity', statement({ Effect: 'Allow', Action: '*', Resource: '*' }));
    expect(evaluateRequest(request(fed, 's3:GetObject', 'arn:aws:s3:::b/k', A), { identity: [all] }).decision).toBe('implicit-deny');
  });
});
