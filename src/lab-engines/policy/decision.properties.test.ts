// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from './decision.ts';
import type { PolicyInputs } from './decision-model.ts';
import type { NamedPolicy, PolicyKind } from './policy-model.ts';
import type { AuthRequest } from './request.ts';
import { policy, request, roleSession, user } from './test-support.ts';

const WITH_PRINCIPAL: ReadonlySet<PolicyKind> = new Set(['resource', 'kms-key', 'vpc-endpoint', 'rcp']);
const A = '111122223333';
const B = '444455556666';
const principals = [user(A, 'ana'), roleSession(A, 'Dev', 's1'), user(B, 'bob')];
const actions = ['s3:GetObject', 's3:PutObject', 'kms:Decrypt', 'ec2:RunInstances'];
const resources = ['arn:aws:s3:::b/k', 'arn:aws:s3:::logs/k', `arn:aws:kms:us-east-1:${A}:key/k1`];

const principalArb = fc.constantFrom<unknown>('*', { AWS: A }, { AWS: B }, { AWS: principals[0]?.arn }, { AWS: principals[1]?.roleArn }, { AWS: principals[1]?.arn });
const statementArb = (kind: PolicyKind, effect: fc.Arbitrary<'Allow' | 'Deny'>) => fc.record({
  Effect: effect,
  Action: fc.constantFrom('*', '*', 's3:*', 's3:Get*', 'kms:Decrypt', 'ec2:*', 'S3:getobject'),
  Resource: fc.constantFrom('*', '*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::*log*', 'arn:aws:kms:*'),
  Condition: fc.constantFrom(undefined, undefined, undefined, { Bool: { 'aws:SecureTransport': 'true' } }, { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }, { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }),
  Principal: kind === 'rcp' ? fc.constant('*') : principalArb,
}, { requiredKeys: ['Effect', 'Action', 'Resource', 'Principal'] }).map(({ Principal, ...rest }) => (WITH_PRINCIPAL.has(kind) ? { ...rest, Principal } : rest));

const mostlyAllow = fc.oneof({ weight: 12, arbitrary: fc.constant('Allow' as const) }, { weight: 1, arbitrary: fc.constant('Deny' as const) });
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: arb });
const allowAllStatement = (kind: PolicyKind) => ({ Effect: 'Allow', Action: '*', Resource: '*', ...(WITH_PRINCIPAL.has(kind) ? { Principal: '*' } : {}) });
/** Random statements, half the time after an allow-all one, so that gates pass often enough for allows to occur. */
const policyArb = (name: string, kind: PolicyKind, effect: fc.Arbitrary<'Allow' | 'Deny'> = mostlyAllow) =>
  fc.tuple(fc.boolean(), fc.array(statementArb(kind, effect), { minLength: 1, maxLength: 2 }))
    .map(([full, Statement]) => policy(name, kind, { Version: '2012-10-17', Statement: full ? [allowAllStatement(kind), ...Statement] : Statement }));

const levelsArb = (kind: 'scp' | 'rcp') => sometimes(fc.array(fc.array(policyArb(kind, kind), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
  .map((levels) => levels.map((policies, i) => ({ level: `L${i}`, policies: policies.map((p) => ({ ...p, name: `${kind}-${i}` })) }))));

const inputsArb: fc.Arbitrary<PolicyInputs> = fc.record({
  scps: levelsArb('scp'),
  rcps: levelsArb('rcp'),
  identity: fc.option(fc.array(policyArb('identity', 'identity'), { maxLength: 2 }), { nil: undefined }),
  permissionsBoundary: sometimes(policyArb('boundary', 'permissions-boundary')),
  sessionPolicies: sometimes(fc.array(policyArb('session', 'session'), { minLength: 1, maxLength: 2 })),
  resource: fc.option(fc.record({ kind: fc.constantFrom('resource' as const, 'kms-key' as const), policy: policyArb('resource', 'resource') }), { nil: undefined }),
  vpcEndpoint: sometimes(policyArb('vpce', 'vpc-endpoint')),
});

const requestArb: fc.Arbitrary<AuthRequest> = fc.record({
  principal: fc.constantFrom(...principals), action: fc.constantFrom(...actions), resource: fc.constantFrom(...resources),
  account: fc.constantFrom(A, B), secure: fc.boolean(), org: fc.boolean(), via: fc.boolean(),
}).map(({ principal, action, resource, account, secure, org, via }) => ({
  ...request(principal, action, resource, account, { 'aws:SecureTransport': secure, 'aws:SourceIp': '192.0.2.10', ...(org ? { 'aws:PrincipalOrgID': 'o-1' } : {}) }), viaVpcEndpoint: via,
}));

const denyAll = (kind: PolicyKind): NamedPolicy => policy('planted-deny', kind, { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', ...(WITH_PRINCIPAL.has(kind) ? { Principal: '*' } : {}) }] });

/** Every way of removing one Allow statement from the inputs. */
function withoutOneAllow(inputs: PolicyInputs): PolicyInputs[] {
  const out: PolicyInputs[] = [];
  const variants = (p: NamedPolicy) => p.document.statements.flatMap((s, i) => (s.effect === 'Allow' ? [{ ...p, document: { ...p.document, statements: p.document.statements.filter((_, j) => j !== i) } }] : []));
  const lists = ['identity', 'sessionPolicies'] as const;
  for (const key of lists) (inputs[key] ?? []).forEach((p, k) => variants(p).forEach((v) => out.push({ ...inputs, [key]: inputs[key]?.map((q, j) => (j === k ? v : q)) })));
  if (inputs.permissionsBoundary) variants(inputs.permissionsBoundary).forEach((v) => out.push({ ...inputs, permissionsBoundary: v }));
  if (inputs.vpcEndpoint) variants(inputs.vpcEndpoint).forEach((v) => out.push({ ...inputs, vpcEndpoint: v }));
  if (inputs.resource) { const r = inputs.resource; variants(r.policy).forEach((v) => out.push({ ...inputs, resource: { ...r, policy: v } })); }
  for (const key of ['scps', 'rcps'] as const) {
    (inputs[key] ?? []).forEach((level, li) => level.policies.forEach((p, pi) => variants(p).forEach((v) => out.push({
      ...inputs, [key]: inputs[key]?.map((l, j) => (j === li ? { ...l, policies: l.policies.map((q, k) => (k === pi ? v : q)) } : l)),
    }))));
  }
  return out;
}

describe('decision flow properties', () => {
  it('an explicit Deny in any applicable policy always denies', () => {
    const slots: ((i: PolicyInputs) => PolicyInputs)[] = [
      (i) => ({ ...i, identity: [...(i.identity ?? []), denyAll('identity')] }),
      (i) => ({ ...i, permissionsBoundary: denyAll('permissions-boundary') }),
      (i) => ({ ...i, sessionPolicies: [...(i.sessionPolicies ?? []), denyAll('session')] }),
      (i) => ({ ...i, scps: [...(i.scps ?? []), { level: 'planted', policies: [denyAll('scp')] }] }),
      (i) => ({ ...i, rcps: [...(i.rcps ?? []), { level: 'planted', policies: [denyAll('rcp')] }] }),
      (i) => ({ ...i, resource: { kind: i.resource?.kind ?? 'resource', policy: denyAll('resource') } }),
    ];
    fc.assert(fc.property(inputsArb, requestArb, fc.integer({ min: 0, max: slots.length - 1 }), (inputs, req, slot) => {
      const d = evaluateRequest(req, (slots[slot] as (i: PolicyInputs) => PolicyInputs)(inputs));
      expect(d.decision).toBe('explicit-deny');
      expect(d.steps[0]?.decidedBy?.effect).toBe('Deny');
    }), { numRuns: 300 });
  });

  it('removing an Allow statement never turns a Deny into an Allow', () => {
    fc.assert(fc.property(inputsArb, requestArb, (inputs, req) => {
      const before = evaluateRequest(req, inputs).decision;
      for (const fewer of withoutOneAllow(inputs)) {
        const after = evaluateRequest(req, fewer).decision;
        if (before !== 'allow') expect(after).not.toBe('allow');
        if (before === 'explicit-deny') expect(after).toBe('explicit-deny');
      }
    }), { numRuns: 300 });
  });

  it('an SCP never grants: adding SCPs never turns a deny into an allow, and an allow-all SCP changes nothing', () => {
    const full = policy('FullAWSAccess', 'scp', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    fc.assert(fc.property(inputsArb, requestArb, levelsArb('scp'), (inputs, req, extra) => {
      const base = { ...inputs, scps: undefined };
      const before = evaluateRequest(req, base).decision;
      if (before !== 'allow') expect(evaluateRequest(req, { ...base, scps: extra }).decision).not.toBe('allow');
      expect(evaluateRequest(req, { ...base, scps: [{ level: 'Root', policies: [full] }, { level: 'OU', policies: [full] }] }).decision).toBe(before);
    }), { numRuns: 300 });
  });

  it('a permissions boundary or session policy never grants either', () => {
    fc.assert(fc.property(inputsArb, requestArb, policyArb('b', 'permissions-boundary'), (inputs, req, boundary) => {
      const base = { ...inputs, permissionsBoundary: undefined, sessionPolicies: undefined };
      if (evaluateRequest(req, base).decision !== 'allow') {
        expect(evaluateRequest(req, { ...base, permissionsBoundary: boundary }).decision).not.toBe('allow');
        expect(evaluateRequest(req, { ...base, sessionPolicies: [boundary] }).decision).not.toBe('allow');
      }
    }), { numRuns: 300 });
  });

  it('the last step of the trace states the decision, and every deny names why', () => {
    fc.assert(fc.property(inputsArb, requestArb, (inputs, req) => {
      const d = evaluateRequest(req, inputs);
      const decisive = d.steps.filter((s) => s.outcome === 'allow' || s.outcome === 'explicit-deny' || s.outcome === 'implicit-deny');
      if (d.decision === 'allow') expect(decisive.every((s) => s.outcome === 'allow')).toBe(true);
      else expect(decisive.map((s) => s.outcome)).toEqual([d.decision]);
      expect(d.steps.every((s) => s.message.length > 0)).toBe(true);
    }), { numRuns: 300 });
  });
});
