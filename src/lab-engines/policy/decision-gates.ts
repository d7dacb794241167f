import type { OrgLevel, StepOutcome } from './decision-model.ts';
import { describeStatement, type PolicySetResult, type StatementRef } from './policy-eval.ts';
import type { NamedPolicy } from './policy-model.ts';
import type { AuthRequest } from './request.ts';

/** Outcome of an organization gate (SCPs or RCPs). */
export interface GateResult {
  outcome: StepOutcome;
  message: string;
  decidedBy?: StatementRef;
  failed: StatementRef[];
}

/**
 * SCPs and RCPs never grant: they are a filter. Every level of the path (root, each OU,
 * the account) must have at least one applicable Allow, or the request is implicitly denied.
 */
export function gateLevels(levels: OrgLevel[] | undefined, request: AuthRequest, evaluate: (ps: readonly NamedPolicy[]) => PolicySetResult, label: string): GateResult {
  if (!levels || levels.length === 0) return { outcome: 'not-applicable', message: `no ${label}s apply`, failed: [] };
  let last: StatementRef | undefined;
  const passed: string[] = [];
  for (const { level, policies } of levels) {
    const r = evaluate(policies);
    const a = r.allows[0];
    if (!a) {
      return { outcome: 'implicit-deny', message: `no ${label} attached at "${level}" allows ${request.action}; every level of the path must allow`, failed: r.misses };
    }
    last = a;
    passed.push(`"${level}": ${describeStatement(a)}`);
  }
  return { outcome: 'pass', message: `every level allows ${request.action} (${passed.join('; ')}); ${label}s filter, they grant nothing`, ...(last ? { decidedBy: last } : {}), failed: [] };
}

const ORDER = ['session', 'service', 'wildcard', 'role', 'account'];

/** The applicable Allow whose principal match grants the most (session ARN first, account last). */
export function strongestAllow(allows: readonly StatementRef[]): StatementRef | undefined {
  return [...allows].sort((a, b) => ORDER.indexOf(a.grant ?? 'account') - ORDER.indexOf(b.grant ?? 'account'))[0];
}
