import type { SourcePosition } from './json-located.ts';

/** Where a policy applies; the parser checks the elements each kind allows. */
export type PolicyKind =
  | 'identity'
  | 'permissions-boundary'
  | 'session'
  | 'scp'
  | 'rcp'
  | 'resource'
  | 'kms-key'
  | 'role-trust'
  | 'vpc-endpoint';

/** The value list of an element that may be one string or an array of them. */
export interface ValueList {
  values: string[];
  at: SourcePosition;
}

/** A Principal or NotPrincipal element, normalised: `"*"` becomes `{ wildcard: true }`. */
export interface PrincipalSpec {
  wildcard: boolean;
  aws: string[];
  service: string[];
  at: SourcePosition;
}

/** One test in a Condition block, e.g. `"ForAnyValue:StringLikeIfExists": { "aws:TagKeys": ["a*"] }`. */
export interface ConditionTest {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** The base operator without qualifier or IfExists, e.g. `StringLike`. */
  base: string;
  qualifier: 'ForAllValues' | 'ForAnyValue' | null;
  ifExists: boolean;
  key: string;
  values: string[];
  at: SourcePosition;
}

/** One statement, with its index in the Statement array (0-based). */
export interface Statement {
  index: number;
  sid: string | undefined;
  effect: 'Allow' | 'Deny';
  action: ValueList | undefined;
  notAction: ValueList | undefined;
  resource: ValueList | undefined;
  notResource: ValueList | undefined;
  principal: PrincipalSpec | undefined;
  notPrincipal: PrincipalSpec | undefined;
  conditions: ConditionTest[];
  /** Elements or operators this engine cannot evaluate; the statement is then never treated as matching silently. */
  unsupported: string[];
  at: SourcePosition;
}

/** A parsed policy document. Version `2008-10-17` disables policy variables, as in IAM. */
export interface PolicyDocument {
  version: '2012-10-17' | '2008-10-17';
  id: string | undefined;
  statements: Statement[];
}

/** A problem found while parsing; `unsupported` means valid IAM this engine does not evaluate. */
export interface Diagnostic {
  severity: 'error' | 'unsupported' | 'warning';
  message: string;
  line: number;
  column: number;
}

/** A policy as the decision flow sees it: a name for the trace and its document. */
export interface NamedPolicy {
  name: string;
  document: PolicyDocument;
}
