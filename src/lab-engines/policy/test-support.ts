import { parsePolicy } from './policy-parser.ts';
import type { NamedPolicy, PolicyKind } from './policy-model.ts';
import type { AuthRequest, RequestPrincipal } from './request.ts';

/** Test helper: parses a policy given as a JS object and fails loudly on any diagnostic error. */
export function policy(name: string, kind: PolicyKind, doc: object): NamedPolicy {
  const r = parsePolicy(JSON.stringify(doc, null, 2), kind);
  if (!r.document) throw new Error(`${name}: ${r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
  return { name, document: r.document };
}

/** Test helper: a one-statement policy document. */
export function statement(s: object): object {
  return { Version: '2012-10-17', Statement: [s] };
}

/** Test helper: an IAM user principal. */
export function user(account: string, name: string): RequestPrincipal {
  return { type: 'user', arn: `arn:aws:iam::${account}:user/${name}`, account };
}

/** Test helper: a role session principal. */
export function roleSession(account: string, role: string, session: string): RequestPrincipal {
  return { type: 'role-session', arn: `arn:aws:sts::${account}:assumed-role/${role}/${session}`, roleArn: `arn:aws:iam::${account}:role/${role}`, account };
}

/** Test helper: a request with defaults for the parts a test does not care about. */
export function request(principal: RequestPrincipal, action: string, resourceArn: string, resourceAccount: string, context: AuthRequest['context'] = {}): AuthRequest {
  return { principal, action, resource: { arn: resourceArn, account: resourceAccount }, context };
}
