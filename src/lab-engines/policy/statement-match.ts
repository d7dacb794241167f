import { evaluateConditions, type ConditionFailure } from './conditions.ts';
import { matchPrincipal, type GrantKind } from './principal.ts';
import type { Statement, ValueList } from './policy-model.ts';
import type { AuthRequest, ContextLookup } from './request.ts';
import { resolveVariables } from './variables.ts';
import { wildcardMatch, matchTokens } from './wildcard.ts';

/** Whether a statement applies to a request; if not, which element ruled it out and why. */
export type StatementMatch =
  | { applies: true; grant: GrantKind | null }
  | { applies: false; element: 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'Principal' | 'NotPrincipal' | 'Condition' | 'Unsupported'; why: string; condition?: ConditionFailure };

function resourceHit(list: ValueList, arn: string, lookup: ContextLookup, variables: boolean): { hit: boolean; notes: string[] } {
  const notes: string[] = [];
  for (const pattern of list.values) {
    const r = resolveVariables(pattern, lookup, variables);
    if (!r.ok) { notes.push(r.why); continue; }
    if (matchTokens(r.tokens, arn, false)) return { hit: true, notes };
  }
  return { hit: false, notes };
}

/**
 * Decides whether one statement applies: its action (case-insensitive) and resource
 * (case-sensitive, with policy variables) match, its principal names the requester (for
 * policies with a Principal), and every condition holds. A statement that would apply but
 * uses something this engine cannot evaluate is reported as `Unsupported`, never as matching.
 */
export function matchStatement(s: Statement, request: AuthRequest, lookup: ContextLookup, variables: boolean): StatementMatch {
  const action = request.action;
  if (s.action && !s.action.values.some((a) => wildcardMatch(a, action, true))) return { applies: false, element: 'Action', why: `${action} is not in Action` };
  if (s.notAction && s.notAction.values.some((a) => wildcardMatch(a, action, true))) return { applies: false, element: 'NotAction', why: `${action} is excluded by NotAction` };
  const arn = request.resource.arn;
  if (s.resource) {
    const r = resourceHit(s.resource, arn, lookup, variables);
    if (!r.hit) return { applies: false, element: 'Resource', why: [`${arn} is not in Resource`, ...r.notes].join('; ') };
  }
  if (s.notResource && resourceHit(s.notResource, arn, lookup, variables).hit) return { applies: false, element: 'NotResource', why: `${arn} is excluded by NotResource` };
  if (s.unsupported.length > 0) return { applies: false, element: 'Unsupported', why: `uses ${s.unsupported.join(', ')}, which this lab cannot evaluate` };
  let grant: GrantKind | null = null;
  if (s.principal) {
    grant = matchPrincipal(s.principal, request.principal);
    if (!grant) return { applies: false, element: 'Principal', why: `Principal does not name ${request.principal.arn}` };
  }
  if (s.notPrincipal) {
    if (matchPrincipal(s.notPrincipal, request.principal)) return { applies: false, element: 'NotPrincipal', why: `NotPrincipal excludes ${request.principal.arn}` };
    grant = 'wildcard';
  }
  const c = evaluateConditions(s.conditions, lookup, variables);
  if (!c.ok) return { applies: false, element: 'Condition', why: c.failure.why, condition: c.failure };
  return { applies: true, grant };
}
