/** Base condition operators this engine evaluates (without `IfExists` or a set qualifier). */
export const SUPPORTED_OPERATORS = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Null',
] as const;

/** A supported base operator name. */
export type BaseOperator = (typeof SUPPORTED_OPERATORS)[number];

/** Valid IAM operators that this engine does not evaluate (reported as unsupported). */
export const KNOWN_UNSUPPORTED_OPERATORS = ['BinaryEquals'] as const;

/** Operators that are true when the key is absent, because they assert a non-match. */
export const NEGATED_OPERATORS: ReadonlySet<string> = new Set([
  'StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'NumericNotEquals', 'DateNotEquals',
  'NotIpAddress', 'ArnNotEquals', 'ArnNotLike',
]);

/** Splits `ForAnyValue:StringLikeIfExists` into its parts; `base` is not checked here. */
export function splitOperator(operator: string): { qualifier: 'ForAllValues' | 'ForAnyValue' | null; base: string; ifExists: boolean; badQualifier: string | null } {
  let rest = operator;
  let qualifier: 'ForAllValues' | 'ForAnyValue' | null = null;
  let badQualifier: string | null = null;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const q = rest.slice(0, colon);
    if (q === 'ForAllValues' || q === 'ForAnyValue') qualifier = q;
    else badQualifier = q;
    rest = rest.slice(colon + 1);
  }
  const ifExists = rest.endsWith('IfExists') && rest !== 'IfExists';
  return { qualifier, base: ifExists ? rest.slice(0, -'IfExists'.length) : rest, ifExists, badQualifier };
}

/** Whether `name` is a supported base operator. */
export function isSupportedOperator(name: string): name is BaseOperator {
  return (SUPPORTED_OPERATORS as readonly string[]).includes(name);
}
