import type { ConditionFailure } from './conditions.ts';
import type { GrantKind } from './principal.ts';
import type { NamedPolicy } from './policy-model.ts';
import type { AuthRequest, ContextLookup } from './request.ts';
import { matchStatement } from './statement-match.ts';

/** A statement named for the trace: its policy, 0-based index and Sid, and why it did or did not apply. */
export interface StatementRef {
  policy: string;
  index: number;
  sid: string | undefined;
  effect: 'Allow' | 'Deny';
  /** Set when the statement did not apply: the element that ruled it out and why. */
  reason?: { element: string; why: string; condition?: ConditionFailure };
  /** For an applying Allow in a policy with a Principal: how it names the requester. */
  grant?: GrantKind | null;
}

/** Every statement of a set of policies sorted by what it does for this request. */
export interface PolicySetResult {
  denies: StatementRef[];
  allows: StatementRef[];
  /** Statements that did not apply, with the reason (useful when nothing allowed). */
  misses: StatementRef[];
  /** Statements that would apply but use something this engine cannot evaluate. */
  unsupported: StatementRef[];
}

/** Evaluates each statement of each policy against the request. */
export function evaluatePolicies(policies: readonly NamedPolicy[], request: AuthRequest, lookup: ContextLookup): PolicySetResult {
  const out: PolicySetResult = { denies: [], allows: [], misses: [], unsupported: [] };
  for (const { name, document } of policies) {
    const variables = document.version === '2012-10-17';
    for (const s of document.statements) {
      const ref: StatementRef = { policy: name, index: s.index, sid: s.sid, effect: s.effect };
      const m = matchStatement(s, request, lookup, variables);
      if (m.applies) (s.effect === 'Deny' ? out.denies : out.allows).push({ ...ref, grant: m.grant });
      else {
        const miss = { ...ref, reason: { element: m.element, why: m.why, ...(m.condition ? { condition: m.condition } : {}) } };
        (m.element === 'Unsupported' ? out.unsupported : out.misses).push(miss);
      }
    }
  }
  return out;
}

/** Names a statement for a trace message: `policy "p" statement 2 (Sid "X")`. */
export function describeStatement(ref: StatementRef): string {
  return `policy "${ref.policy}" statement ${ref.index}${ref.sid ? ` (Sid "${ref.sid}")` : ''}`;
}
