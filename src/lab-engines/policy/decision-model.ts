import type { NamedPolicy } from './policy-model.ts';
import type { StatementRef } from './policy-eval.ts';

/** One level of the organization path (root, each OU, the account) and the policies attached there. */
export interface OrgLevel {
  level: string;
  policies: NamedPolicy[];
}

/** The policies in play for one request, by kind. Omitted kinds do not apply. */
export interface PolicyInputs {
  /** SCPs along the principal account's OU path; every level must allow. */
  scps?: OrgLevel[];
  /** RCPs along the resource account's OU path; every level must allow. */
  rcps?: OrgLevel[];
  identity?: NamedPolicy[];
  permissionsBoundary?: NamedPolicy;
  /** Session policies passed when the session was created; undefined means none were passed. */
  sessionPolicies?: NamedPolicy[];
  /** The resource's own policy: a bucket/secret/queue policy, a KMS key policy or a role trust policy. */
  resource?: { kind: 'resource' | 'kms-key' | 'role-trust'; policy: NamedPolicy };
  /** The policy of the VPC endpoint the request goes through (with `viaVpcEndpoint`). */
  vpcEndpoint?: NamedPolicy;
}

/** A stage of AWS's documented evaluation logic, in the order this engine walks them. */
export type Stage = 'explicit-deny' | 'rcp' | 'scp' | 'vpc-endpoint' | 'resource' | 'identity' | 'permissions-boundary' | 'session';

/** What a stage did: passed on, decided, or did not apply. */
export type StepOutcome = 'pass' | 'allow' | 'explicit-deny' | 'implicit-deny' | 'not-applicable';

/** One step of the trace: the stage, its outcome, the statement that decided it and the ones that failed. */
export interface TraceStep {
  stage: Stage;
  outcome: StepOutcome;
  message: string;
  decidedBy?: StatementRef;
  /** Statements of this stage that did not apply, with the element or condition that failed. */
  failed: StatementRef[];
}

/** The final decision and how it was reached. `unsupported` non-empty means the answer may be wrong. */
export interface Decision {
  decision: 'allow' | 'explicit-deny' | 'implicit-deny';
  steps: TraceStep[];
  unsupported: StatementRef[];
}
