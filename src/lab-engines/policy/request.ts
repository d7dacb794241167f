/** Who makes the request. For a role session, `arn` is the session ARN and `roleArn` the role's. */
export interface RequestPrincipal {
  type: 'root' | 'user' | 'role-session' | 'federated-user' | 'service' | 'anonymous';
  /** IAM/STS ARN, or for a service principal its name, e.g. `cloudtrail.amazonaws.com`. */
  arn: string;
  /** The principal's account; empty for a service or anonymous principal. */
  account: string;
  roleArn?: string;
}

/** A value of a request context key; arrays are multivalued keys such as `aws:TagKeys`. */
export type ContextValue = string | number | boolean | readonly string[];

/** The request to authorise. Context keys are matched case-insensitively, as in IAM. */
export interface AuthRequest {
  principal: RequestPrincipal;
  action: string;
  resource: { arn: string; account: string };
  context: Readonly<Record<string, ContextValue>>;
  /** Set when the request goes through a VPC endpoint (its policy is then a gate). */
  viaVpcEndpoint?: boolean;
}

/** Looks a context key up (case-insensitively); `undefined` when the key is absent. */
export type ContextLookup = (key: string) => string[] | undefined;

const asValues = (v: ContextValue): string[] => (Array.isArray(v) ? [...(v as readonly string[])] : [String(v)]);

/**
 * The request context as policies see it: the given keys plus those AWS derives from the
 * principal and resource (`aws:PrincipalArn` is the role ARN for a role session,
 * `aws:username` exists only for IAM users). Given keys take precedence.
 */
export function requestContext(request: AuthRequest): ContextLookup {
  const { principal, resource } = request;
  const derived: Record<string, ContextValue> = { 'aws:ResourceAccount': resource.account };
  const isService = principal.type === 'service';
  if (principal.type !== 'anonymous') derived['aws:PrincipalIsAWSService'] = isService;
  if (isService) derived['aws:PrincipalServiceName'] = principal.arn;
  else if (principal.type !== 'anonymous') {
    derived['aws:PrincipalArn'] = principal.type === 'role-session' && principal.roleArn ? principal.roleArn : principal.arn;
    derived['aws:PrincipalAccount'] = principal.account;
  }
  if (principal.type === 'user') derived['aws:username'] = principal.arn.slice(principal.arn.lastIndexOf('/') + 1);
  const map = new Map<string, string[]>();
  for (const [k, v] of Object.entries(derived)) map.set(k.toLowerCase(), asValues(v));
  for (const [k, v] of Object.entries(request.context)) map.set(k.toLowerCase(), asValues(v));
  return (key) => map.get(key.toLowerCase());
}
