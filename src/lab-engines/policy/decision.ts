import type { Decision, PolicyInputs, Stage, StepOutcome, TraceStep } from './decision-model.ts';
import { gateLevels, strongestAllow } from './decision-gates.ts';
import { describeStatement, evaluatePolicies, type StatementRef } from './policy-eval.ts';
import type { NamedPolicy } from './policy-model.ts';
import { requestContext, type AuthRequest } from './request.ts';

const allowsOnlyAlone = new Set(['session', 'service', 'wildcard']);

/**
 * Walks AWS's documented policy evaluation logic for one request and records each step:
 * an explicit Deny in any applicable policy; RCPs and SCPs (every level of the OU path must
 * allow); the VPC endpoint policy; the resource-based policy (same account: an Allow naming
 * the user or session ARN, `*` or a service grants alone, one naming the role ARN is still
 * limited by the boundary and session policy, one naming the account delegates to IAM;
 * cross-account, KMS key and role trust policies: it must allow); identity-based policies;
 * the permissions boundary; session policies.
 */
export function evaluateRequest(request: AuthRequest, inputs: PolicyInputs): Decision {
  const lookup = requestContext(request);
  const steps: TraceStep[] = [];
  const unsupported: StatementRef[] = [];
  const p = request.principal;
  const iamPrincipal = p.type !== 'service' && p.type !== 'anonymous';
  const eval_ = (policies: readonly NamedPolicy[]) => {
    const r = evaluatePolicies(policies, request, lookup);
    unsupported.push(...r.unsupported.filter((u) => !unsupported.some((x) => x.policy === u.policy && x.index === u.index)));
    return r;
  };
  const step = (stage: Stage, outcome: StepOutcome, message: string, decidedBy?: StatementRef, failed: StatementRef[] = []) => {
    steps.push({ stage, outcome, message, failed, ...(decidedBy ? { decidedBy } : {}) });
  };
  const done = (decision: Decision['decision']): Decision => ({ decision, steps, unsupported });

  const levels = (xs: PolicyInputs['scps']) => (xs ?? []).flatMap((l) => l.policies);
  const applicable: NamedPolicy[] = [
    ...levels(inputs.rcps), ...(iamPrincipal ? levels(inputs.scps) : []),
    ...(request.viaVpcEndpoint && inputs.vpcEndpoint ? [inputs.vpcEndpoint] : []),
    ...(inputs.resource ? [inputs.resource.policy] : []),
    ...(iamPrincipal ? [...(inputs.identity ?? []), ...(inputs.permissionsBoundary ? [inputs.permissionsBoundary] : []), ...(inputs.sessionPolicies ?? [])] : []),
  ];
  const deny = eval_(applicable).denies[0];
  if (deny) {
    step('explicit-deny', 'explicit-deny', `${describeStatement(deny)} denies ${request.action}; an explicit deny overrides every allow`, deny);
    return done('explicit-deny');
  }
  step('explicit-deny', 'pass', `no Deny statement in the ${applicable.length} applicable policies matches`);

  for (const [stage, org, label] of [['rcp', inputs.rcps, 'RCP'], ['scp', iamPrincipal ? inputs.scps : undefined, 'SCP']] as const) {
    const gate = gateLevels(org, request, eval_, label);
    step(stage, gate.outcome, gate.message, gate.decidedBy, gate.failed);
    if (gate.outcome === 'implicit-deny') return done('implicit-deny');
  }

  if (request.viaVpcEndpoint && inputs.vpcEndpoint) {
    const r = eval_([inputs.vpcEndpoint]);
    const a = r.allows[0];
    if (!a) { step('vpc-endpoint', 'implicit-deny', `the VPC endpoint policy "${inputs.vpcEndpoint.name}" does not allow this request`, undefined, r.misses); return done('implicit-deny'); }
    step('vpc-endpoint', 'pass', `${describeStatement(a)} lets the request through the VPC endpoint`, a);
  } else step('vpc-endpoint', 'not-applicable', 'the request does not go through a VPC endpoint with a policy');

  const cross = iamPrincipal && p.account !== request.resource.account;
  const kind = inputs.resource?.kind;
  const res = inputs.resource ? eval_([inputs.resource.policy]) : null;
  const grant = res ? strongestAllow(res.allows) : undefined;
  const why = kind === 'kms-key' ? 'a KMS key policy must allow (or delegate to the account) whatever IAM says'
    : kind === 'role-trust' ? 'a role trust policy must allow the principal'
    : cross ? `cross-account (${p.account} → ${request.resource.account}): the resource-based policy must allow the principal`
    : !iamPrincipal ? `a ${p.type} principal is allowed only by a resource-based policy` : null;
  if (!grant) {
    if (why) { step('resource', 'implicit-deny', `no resource-based policy statement allows this; ${why}`, undefined, res?.misses ?? []); return done('implicit-deny'); }
    step('resource', res ? 'pass' : 'not-applicable', res ? 'no resource-based statement allows this; identity-based policies must' : 'no resource-based policy');
  } else if (!iamPrincipal || (!cross && allowsOnlyAlone.has(grant.grant ?? ''))) {
    step('resource', 'allow', `${describeStatement(grant)} allows the ${grant.grant} principal directly; within one account an implicit deny in identity-based policies, a permissions boundary or a session policy does not limit it`, grant);
    return done('allow');
  } else {
    const note = cross ? 'the trusted account must allow too' : grant.grant === 'role' ? 'it names the role, so identity-based policies are not needed, but a permissions boundary and session policy still limit it' : 'it names the account, which delegates to identity-based policies';
    step('resource', 'pass', `${describeStatement(grant)} allows; ${note}`, grant);
  }
  const identityNeeded = cross || grant?.grant !== 'role';

  const id = eval_(inputs.identity ?? []);
  const idAllow = id.allows[0];
  if (p.type === 'root') step('identity', 'pass', 'the account root user has every permission its account has; no identity-based policy is needed');
  else if (idAllow) step('identity', 'pass', `${describeStatement(idAllow)} allows`, idAllow);
  else if (identityNeeded) { step('identity', 'implicit-deny', `no identity-based policy allows ${request.action} on ${request.resource.arn}`, undefined, id.misses); return done('implicit-deny'); }
  else step('identity', 'pass', 'no identity-based allow is needed: the resource-based policy grants the role');

  if (inputs.permissionsBoundary) {
    const b = eval_([inputs.permissionsBoundary]);
    const a = b.allows[0];
    if (!a) { step('permissions-boundary', 'implicit-deny', `the permissions boundary "${inputs.permissionsBoundary.name}" does not allow this; it sets the maximum permissions`, undefined, b.misses); return done('implicit-deny'); }
    step('permissions-boundary', 'pass', `${describeStatement(a)} is within the boundary`, a);
  } else step('permissions-boundary', 'not-applicable', 'no permissions boundary');

  if (inputs.sessionPolicies) {
    const s = eval_(inputs.sessionPolicies);
    const a = s.allows[0];
    if (!a) { step('session', 'implicit-deny', 'no session policy allows this; session policies limit what the session can do', undefined, s.misses); return done('implicit-deny'); }
    step('session', 'pass', `${describeStatement(a)} allows`, a);
  } else if (p.type === 'federated-user') {
    step('session', 'implicit-deny', 'a federated user session created without a session policy has no permissions');
    return done('implicit-deny');
  } else step('session', 'not-applicable', 'no session policy was passed');
  return done('allow');
}
