// zod/mini: the lab state is validated in the browser (shared links), so the small build of zod.
import { z } from 'zod/mini';
import type { GoalCheck, GoalResult, LabDiagnostic, LabDocument, LabPick } from './lab-kind.ts';
import { MAX_LAB_DOCUMENTS } from './lab-kind.ts';
import {
  evaluateRequest,
  MAX_POLICY_LENGTH,
  parsePolicy,
  type AuthRequest,
  type Decision,
  type NamedPolicy,
  type PolicyInputs,
  type PolicyKind,
  type StatementRef,
} from './policy/index.ts';

export const POLICY_KINDS = ['scp', 'rcp', 'permissions-boundary', 'session', 'identity', 'resource', 'kms-key', 'role-trust', 'vpc-endpoint'] as const satisfies readonly PolicyKind[];

/** How the lab names each kind of policy. */
export const POLICY_KIND_LABELS: Record<PolicyKind, string> = {
  scp: 'Service control policy (SCP)',
  rcp: 'Resource control policy (RCP)',
  'permissions-boundary': 'Permissions boundary',
  session: 'Session policy',
  identity: 'Identity-based policy',
  resource: 'Resource-based policy',
  'kms-key': 'KMS key policy',
  'role-trust': 'Role trust policy',
  'vpc-endpoint': 'VPC endpoint policy',
};

const text = (max: number) => z.string().check(z.maxLength(max));
const name = z.string().check(z.minLength(1), z.maxLength(80));
const account = z.string().check(z.regex(/^(\d{12})?$/, 'an account is 12 digits (or empty for a service)'));
const contextValue = z.union([text(2048), z.number(), z.boolean(), z.array(text(2048)).check(z.maxLength(50))]);

export const requestSchema = z.strictObject({
  principal: z.strictObject({
    type: z.enum(['root', 'user', 'role-session', 'federated-user', 'service', 'anonymous']),
    arn: text(2048),
    account,
    roleArn: z.optional(text(2048)),
  }),
  action: text(256).check(z.minLength(1)),
  resource: z.strictObject({ arn: text(2048).check(z.minLength(1)), account }),
  context: z.record(text(128), contextValue).check(z.refine((c) => Object.keys(c).length <= 40, 'at most 40 context keys')),
  viaVpcEndpoint: z.optional(z.boolean()),
});

export const policyDocumentSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens'), z.maxLength(60)),
  kind: z.enum(POLICY_KINDS),
  name,
  /** For SCPs and RCPs: where on the organization path it is attached ("Root", "OU Workloads", "Account"). */
  level: z.optional(name),
  locked: z.optional(z.boolean()),
  text: text(MAX_POLICY_LENGTH),
});
export type PolicyLabDocument = z.infer<typeof policyDocumentSchema> & LabDocument;

function uniqueNames(docs: readonly { id: string; name: string }[]): boolean {
  return new Set(docs.map((d) => d.name)).size === docs.length && new Set(docs.map((d) => d.id)).size === docs.length;
}

/** Everything the learner can change in the policy lab, and everything a shared link carries. */
export const policyLabStateSchema = z.strictObject({
  request: requestSchema,
  /** The organization's member accounts, when the scenario has outsiders: SCPs govern only principals of member
   * accounts, RCPs only resources of member accounts. Without it, every account in the state is a member. */
  organization: z.optional(z.strictObject({ accounts: z.array(account).check(z.maxLength(50)) })),
  policies: z
    .array(policyDocumentSchema)
    .check(z.maxLength(MAX_LAB_DOCUMENTS), z.refine(uniqueNames, 'every policy needs its own id and name')),
});
export type PolicyLabState = z.infer<typeof policyLabStateSchema>;

/** A change to the scenario's request for a probe: fields given replace the request's; context keys merge (null removes one). */
const requestChangeSchema = z.strictObject({
  principal: z.optional(requestSchema.shape.principal),
  action: z.optional(requestSchema.shape.action),
  resource: z.optional(requestSchema.shape.resource),
  context: z.optional(z.record(text(128), z.nullable(contextValue))),
  viaVpcEndpoint: z.optional(z.boolean()),
});
/** A probe: a changed request and what it must get (by default the opposite of the goal's request). */
const probeSchema = z.strictObject({ label: name, change: requestChangeSchema, expect: z.optional(z.enum(['allowed', 'denied'])) });

/**
 * What a policy scenario asks: `allow` (the request must be allowed and every probe denied: least privilege),
 * `deny` (the request must be denied and every probe still allowed: a guardrail that breaks nothing else), or
 * `find` (point at the statement that denies the request).
 */
export const policyGoalSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('allow'), probes: z.array(probeSchema).check(z.maxLength(12)) }),
  z.strictObject({ kind: z.literal('deny'), probes: z.array(probeSchema).check(z.maxLength(12)) }),
  z.strictObject({ kind: z.literal('find') }),
]);
export type PolicyGoal = z.infer<typeof policyGoalSchema>;
export type PolicyProbe = z.infer<typeof probeSchema>;

/** A scenario's starting state as written in content: policies as JSON objects, not text. */
export const policySetupSchema = z.strictObject({
  request: requestSchema,
  organization: policyLabStateSchema.shape.organization,
  policies: z.array(
    z.strictObject({ ...policyDocumentSchema.shape, text: z.optional(z.never()), document: z.unknown() }),
  ).check(z.maxLength(MAX_LAB_DOCUMENTS)),
});
/** A scenario's reference solution: documents by id that replace (or join) the setup's. */
export const policySolutionSchema = z.strictObject({
  policies: z.array(
    z.strictObject({ id: policyDocumentSchema.shape.id, kind: z.optional(policyDocumentSchema.shape.kind), name: z.optional(name), level: z.optional(name), document: z.unknown() }),
  ).check(z.minLength(1)),
});

const pretty = (doc: unknown): string => JSON.stringify(doc, null, 2);

/** The lab state a scenario starts from. */
export function policyStateFromSetup(setup: z.infer<typeof policySetupSchema>): PolicyLabState {
  return {
    request: setup.request,
    ...(setup.organization ? { organization: setup.organization } : {}),
    policies: setup.policies.map(({ document, ...rest }) => ({ ...rest, text: pretty(document) })),
  };
}

/** The state with a scenario's reference solution applied; a solution document with a new id joins the set. */
export function applyPolicySolution(state: PolicyLabState, solution: z.infer<typeof policySolutionSchema>): PolicyLabState {
  const policies = state.policies.map((p) => {
    const fix = solution.policies.find((s) => s.id === p.id);
    return fix ? { ...p, text: pretty(fix.document) } : p;
  });
  for (const fix of solution.policies) {
    if (!state.policies.some((p) => p.id === fix.id)) {
      policies.push({ id: fix.id, kind: fix.kind ?? 'identity', name: fix.name ?? fix.id, ...(fix.level ? { level: fix.level } : {}), text: pretty(fix.document) });
    }
  }
  return { ...state, policies };
}

/** One run of the lab: each policy's diagnostics, and the decision when every policy parsed. */
export interface PolicyLabRun {
  diagnostics: Record<string, LabDiagnostic[]>;
  decision: Decision | null;
  /** Why there is no decision (a policy with errors). */
  blocked?: string;
  /** Policies left out of the decision, and why (an SCP for an outsider's principal). */
  notes: string[];
}

interface Parsed {
  doc: PolicyLabState['policies'][number];
  policy: NamedPolicy | null;
}

function parseAll(state: PolicyLabState): { parsed: Parsed[]; diagnostics: Record<string, LabDiagnostic[]> } {
  const diagnostics: Record<string, LabDiagnostic[]> = {};
  const parsed = state.policies.map((doc) => {
    const r = parsePolicy(doc.text, doc.kind);
    diagnostics[doc.id] = r.diagnostics;
    return { doc, policy: r.document ? { name: doc.name, document: r.document } : null };
  });
  return { parsed, diagnostics };
}

/** The policies by kind, as the decision flow takes them; SCPs and RCPs grouped by level in the order given. */
export function policyInputs(parsed: readonly { doc: { kind: PolicyKind; level?: string }; policy: NamedPolicy }[]): PolicyInputs {
  const inputs: PolicyInputs = {};
  const levels = (kind: 'scp' | 'rcp') => {
    const out: { level: string; policies: NamedPolicy[] }[] = [];
    for (const { doc, policy } of parsed.filter((p) => p.doc.kind === kind)) {
      const level = doc.level ?? 'Root';
      const at = out.find((l) => l.level === level);
      if (at) at.policies.push(policy);
      else out.push({ level, policies: [policy] });
    }
    return out.length ? out : undefined;
  };
  const scps = levels('scp');
  const rcps = levels('rcp');
  if (scps) inputs.scps = scps;
  if (rcps) inputs.rcps = rcps;
  const of = (kind: PolicyKind) => parsed.filter((p) => p.doc.kind === kind).map((p) => p.policy);
  if (of('identity').length) inputs.identity = of('identity');
  const boundary = of('permissions-boundary')[0];
  if (boundary) inputs.permissionsBoundary = boundary;
  if (of('session').length) inputs.sessionPolicies = of('session');
  for (const kind of ['resource', 'kms-key', 'role-trust'] as const) {
    const policy = of(kind)[0];
    if (policy) inputs.resource = { kind, policy };
  }
  const endpoint = of('vpc-endpoint')[0];
  if (endpoint) inputs.vpcEndpoint = endpoint;
  return inputs;
}

/** Whether the set has more than one policy of a kind that takes one (boundary, resource, endpoint). */
function oneOfAKind(state: PolicyLabState): string | undefined {
  const single = ['permissions-boundary', 'vpc-endpoint'] as const;
  for (const kind of single) if (state.policies.filter((p) => p.kind === kind).length > 1) return `only one ${POLICY_KIND_LABELS[kind].toLowerCase()} applies to a request`;
  if (state.policies.filter((p) => p.kind === 'resource' || p.kind === 'kms-key' || p.kind === 'role-trust').length > 1) return 'only one resource-based policy applies to a request (the resource has one)';
  return undefined;
}

/** SCPs govern only the organization's principals and RCPs only its resources; both say so when they sit out. */
function inOrganization(state: PolicyLabState, request: AuthRequest, parsed: Parsed[]): { applicable: Parsed[]; notes: string[] } {
  const members = state.organization?.accounts;
  if (!members) return { applicable: parsed, notes: [] };
  const notes: string[] = [];
  const principalOut = request.principal.account !== '' && !members.includes(request.principal.account);
  const resourceOut = !members.includes(request.resource.account);
  if (principalOut && parsed.some((p) => p.doc.kind === 'scp')) notes.push(`SCPs do not apply: the principal's account ${request.principal.account} is not in the organization`);
  if (resourceOut && parsed.some((p) => p.doc.kind === 'rcp')) notes.push(`RCPs do not apply: the resource's account ${request.resource.account} is not in the organization`);
  const applicable = parsed.filter((p) => !(principalOut && p.doc.kind === 'scp') && !(resourceOut && p.doc.kind === 'rcp'));
  return { applicable, notes };
}

function decide(state: PolicyLabState, request: AuthRequest): PolicyLabRun {
  const { parsed, diagnostics } = parseAll(state);
  const broken = parsed.find((p) => !p.policy);
  if (broken) return { diagnostics, decision: null, blocked: `policy "${broken.doc.name}" has errors: fix them to see the decision`, notes: [] };
  const clash = oneOfAKind(state);
  if (clash) return { diagnostics, decision: null, blocked: clash, notes: [] };
  const { applicable, notes } = inOrganization(state, request, parsed);
  return { diagnostics, decision: evaluateRequest(request, policyInputs(applicable as { doc: Parsed['doc']; policy: NamedPolicy }[])), notes };
}

/** Parses every policy and, when all parse, puts the state's request through the decision flow. */
export function runPolicyLab(state: PolicyLabState): PolicyLabRun {
  return decide(state, state.request);
}

/** The scenario's request changed as a probe says. */
export function probeRequest(request: AuthRequest, probe: PolicyProbe): AuthRequest {
  const { context, ...rest } = probe.change;
  const merged: Record<string, AuthRequest['context'][string]> = { ...request.context };
  for (const [key, value] of Object.entries(context ?? {})) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return { ...request, ...rest, context: merged };
}

const DECISION_WORDS: Record<Decision['decision'], string> = { allow: 'allowed', 'explicit-deny': 'explicitly denied', 'implicit-deny': 'implicitly denied' };

/** The statement that decided an explicit deny, if the decision is one. */
export function denyingStatement(decision: Decision): StatementRef | undefined {
  return decision.decision === 'explicit-deny' ? decision.steps.find((s) => s.outcome === 'explicit-deny')?.decidedBy : undefined;
}

/** Checks the state against a scenario's goal; `pick` is the learner's answer to a `find` goal. */
export function checkPolicyGoal(state: PolicyLabState, goal: PolicyGoal, pick?: LabPick): GoalResult {
  const main = runPolicyLab(state);
  if (!main.decision) return { met: false, checks: [], blocked: main.blocked };
  if (goal.kind === 'find') {
    const deny = denyingStatement(main.decision);
    const ok = !!deny && !!pick && pick.document === deny.policy && pick.rule === String(deny.index);
    const actual = pick ? `policy "${pick.document}" statement ${pick.rule}` : 'nothing picked yet';
    return { met: ok, checks: [{ label: 'The statement that denies the request', expected: 'the deciding Deny statement', actual, ok }] };
  }
  const want = goal.kind === 'allow' ? 'allowed' : 'denied';
  const probeWant = goal.kind === 'allow' ? 'denied' : 'allowed';
  const verdict = (d: Decision): string => DECISION_WORDS[d.decision];
  const matches = (d: Decision, w: string) => (w === 'allowed' ? d.decision === 'allow' : d.decision !== 'allow');
  const checks: GoalCheck[] = [{ label: 'The request', expected: want, actual: verdict(main.decision), ok: matches(main.decision, want) }];
  for (const probe of goal.probes) {
    const run = decide(state, probeRequest(state.request, probe));
    const d = run.decision;
    const expected = probe.expect ?? probeWant;
    checks.push({ label: probe.label, expected, actual: d ? verdict(d) : (run.blocked ?? 'no decision'), ok: !!d && matches(d, expected) });
  }
  return { met: checks.every((c) => c.ok), checks };
}

/** For scenario checks: the state without one statement of one policy (to show a `find` goal has one answer). */
export function withoutStatement(state: PolicyLabState, policyName: string, index: number): PolicyLabState {
  return {
    ...state,
    policies: state.policies.map((p) => {
      if (p.name !== policyName) return p;
      const doc = JSON.parse(p.text) as { Statement: unknown };
      const list = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
      return { ...p, text: JSON.stringify({ ...doc, Statement: list.filter((_, i) => i !== index) }, null, 2) };
    }),
  };
}
