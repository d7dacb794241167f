import type { PrincipalSpec } from './policy-model.ts';
import type { RequestPrincipal } from './request.ts';

/**
 * How a resource-based statement names the principal, which decides what it can grant on
 * its own: `session` (the exact user, role-session or federated-user ARN), `role` (the
 * session's role ARN), `account` (account ID or `:root`, which delegates to the account's
 * IAM policies), `wildcard` (`"*"`) or `service`.
 */
export type GrantKind = 'session' | 'service' | 'wildcard' | 'role' | 'account';

const STRENGTH: readonly GrantKind[] = ['session', 'service', 'wildcard', 'role', 'account'];

function accountOf(p: string): string | null {
  if (/^\d{12}$/.test(p)) return p;
  const m = /^arn:[^:]+:iam::(\d{12}):root$/.exec(p);
  return m ? (m[1] as string) : null;
}

function kindFor(p: string, principal: RequestPrincipal): GrantKind | null {
  const account = accountOf(p);
  if (account !== null) return principal.type !== 'service' && principal.type !== 'anonymous' && principal.account === account ? 'account' : null;
  if (p === principal.arn && principal.type !== 'service') return 'session';
  if (principal.type === 'role-session' && p === principal.roleArn) return 'role';
  return null;
}

/** Whether the Principal element names the requester, and how (the strongest match wins); null if not. */
export function matchPrincipal(spec: PrincipalSpec, principal: RequestPrincipal): GrantKind | null {
  const kinds: GrantKind[] = [];
  if (spec.wildcard) kinds.push('wildcard');
  if (principal.type === 'service' && spec.service.includes(principal.arn)) kinds.push('service');
  for (const p of spec.aws) {
    const k = kindFor(p, principal);
    if (k) kinds.push(k);
  }
  return STRENGTH.find((k) => kinds.includes(k)) ?? null;
}
