import { parseLocatedJson, type LocatedValue, type SourcePosition } from './json-located.ts';
import type { Diagnostic, PolicyDocument, PolicyKind, Statement, ValueList } from './policy-model.ts';
import { parseCondition, parsePrincipal, type Report } from './policy-parser-elements.ts';

/** Parse outcome: a document when there are no errors, and every diagnostic either way. */
export interface ParseResult {
  document: PolicyDocument | null;
  diagnostics: Diagnostic[];
}

/** Longest policy text accepted (characters); larger text is refused before parsing. */
export const MAX_POLICY_LENGTH = 100_000;

const STATEMENT_KEYS = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition']);
const WITH_PRINCIPAL: ReadonlySet<PolicyKind> = new Set(['resource', 'kms-key', 'role-trust', 'vpc-endpoint', 'rcp']);
const ACTION = /^(\*|[a-z0-9-]+:[A-Za-z0-9*?]+)$/i;

/**
 * Parses policy JSON text into statements for the given kind of policy. Invalid JSON and
 * grammar errors are diagnostics with line and column; valid IAM that this engine cannot
 * evaluate is reported with severity `unsupported` and recorded on its statement.
 */
export function parsePolicy(text: string, kind: PolicyKind): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (severity, message, at) => diagnostics.push({ severity, message, line: at.line, column: at.column });
  if (text.length > MAX_POLICY_LENGTH) {
    report('error', `policy is ${text.length} characters; at most ${MAX_POLICY_LENGTH} are accepted`, { line: 1, column: 1, offset: 0 });
    return { document: null, diagnostics };
  }
  const json = parseLocatedJson(text);
  if (!json.ok) {
    report('error', `invalid JSON: ${json.error.message}`, json.error.at);
    return { document: null, diagnostics };
  }
  const root = json.value;
  if (root.kind !== 'object') {
    report('error', 'a policy must be a JSON object', root.at);
    return { document: null, diagnostics };
  }
  let version: PolicyDocument['version'] = '2008-10-17';
  let id: string | undefined;
  let statementNode: LocatedValue | undefined;
  for (const entry of root.entries) {
    if (entry.key === 'Version') {
      if (entry.value.kind === 'string' && (entry.value.value === '2012-10-17' || entry.value.value === '2008-10-17')) version = entry.value.value;
      else report('error', 'Version must be "2012-10-17" or "2008-10-17"', entry.value.at);
    } else if (entry.key === 'Id') {
      if (entry.value.kind === 'string') id = entry.value.value;
      else report('error', 'Id must be a string', entry.value.at);
    } else if (entry.key === 'Statement') statementNode = entry.value;
    else report('error', `unknown policy element "${entry.key}"`, entry.keyAt);
  }
  if (!root.entries.some((e) => e.key === 'Version')) {
    report('warning', 'no Version: IAM treats this as "2008-10-17", where policy variables are plain text', root.at);
  }
  if (!statementNode) {
    report('error', 'a policy needs a Statement element', root.at);
    return { document: null, diagnostics };
  }
  const nodes = statementNode.kind === 'array' ? statementNode.items : [statementNode];
  if (nodes.length === 0) report('error', 'Statement must not be empty', statementNode.at);
  const statements = nodes.flatMap((node, index) => {
    const s = parseStatement(node, index, kind, report);
    return s ? [s] : [];
  });
  const sids = new Set<string>();
  for (const s of statements) {
    if (s.sid !== undefined && sids.has(s.sid)) report('error', `statement ${s.index}: Sid "${s.sid}" is used twice; Sids must be unique in a policy`, s.at);
    if (s.sid !== undefined) sids.add(s.sid);
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { document: failed ? null : { version, id, statements }, diagnostics };
}

function parseStatement(node: LocatedValue, index: number, kind: PolicyKind, report: Report): Statement | null {
  if (node.kind !== 'object') {
    report('error', `statement ${index} must be an object`, node.at);
    return null;
  }
  const s: Statement = {
    index, sid: undefined, effect: 'Allow', action: undefined, notAction: undefined, resource: undefined, notResource: undefined,
    principal: undefined, notPrincipal: undefined, conditions: [], unsupported: [], at: node.at,
  };
  const name = `statement ${index}`;
  let effectSeen = false;
  for (const { key, keyAt, value } of node.entries) {
    if (!STATEMENT_KEYS.has(key)) { report('error', `${name}: unknown element "${key}"`, keyAt); continue; }
    if (key === 'Sid') {
      if (value.kind === 'string') s.sid = value.value;
      else report('error', `${name}: Sid must be a string`, value.at);
    } else if (key === 'Effect') {
      effectSeen = true;
      if (value.kind === 'string' && (value.value === 'Allow' || value.value === 'Deny')) s.effect = value.value;
      else report('error', `${name}: Effect must be "Allow" or "Deny" (case-sensitive)`, value.at);
    } else if (key === 'Action' || key === 'NotAction') {
      const list = stringList(value, `${name}: ${key}`, report);
      for (const a of list?.values ?? []) if (!ACTION.test(a)) report('error', `${name}: ${key} "${a}" is not "service:action" or "*"`, value.at);
      if (key === 'Action') s.action = list; else s.notAction = list;
    } else if (key === 'Resource' || key === 'NotResource') {
      const list = stringList(value, `${name}: ${key}`, report);
      for (const r of list?.values ?? []) if (r !== '*' && !r.startsWith('arn:')) report('error', `${name}: ${key} "${r}" is not "*" or an ARN`, value.at);
      if (kind === 'role-trust') report('error', `${name}: a role trust policy cannot have ${key}`, keyAt);
      if (key === 'Resource') s.resource = list; else s.notResource = list;
    } else if (key === 'Principal' || key === 'NotPrincipal') {
      const spec = parsePrincipal(value, `${name}: ${key}`, report, s.unsupported);
      if (key === 'Principal') s.principal = spec; else s.notPrincipal = spec;
    } else {
      s.conditions = parseCondition(value, name, report, s.unsupported);
    }
  }
  if (!effectSeen) report('error', `${name}: Effect is required`, node.at);
  exactlyOne(s.action, s.notAction, 'Action', name, node.at, report, true);
  exactlyOne(s.resource, s.notResource, 'Resource', name, node.at, report, kind !== 'role-trust');
  const principalAllowed = WITH_PRINCIPAL.has(kind);
  if (!principalAllowed && (s.principal || s.notPrincipal)) report('error', `${name}: Principal is not allowed in ${kind} policies`, (s.principal ?? s.notPrincipal)?.at ?? node.at);
  if (principalAllowed) exactlyOne(s.principal, s.notPrincipal, 'Principal', name, node.at, report, true);
  if (kind === 'rcp' && s.principal && !s.principal.wildcard) report('error', `${name}: an RCP's Principal must be "*"`, s.principal.at);
  if (s.notPrincipal && s.effect === 'Allow') report('warning', `${name}: NotPrincipal with Allow grants to everyone else, including anonymous users`, s.notPrincipal.at);
  return s;
}

function exactlyOne(a: unknown, b: unknown, element: string, name: string, at: SourcePosition, report: Report, required: boolean) {
  if (a && b) report('error', `${name}: use ${element} or Not${element}, not both`, at);
  else if (!a && !b && required) report('error', `${name}: ${element} or Not${element} is required`, at);
}

/** Reads a string or a non-empty array of strings. */
export function stringList(value: LocatedValue, name: string, report: Report): ValueList | undefined {
  const items = value.kind === 'array' ? value.items : [value];
  if (value.kind === 'array' && items.length === 0) { report('error', `${name} must not be an empty array`, value.at); return undefined; }
  const values: string[] = [];
  for (const item of items) {
    if (item.kind === 'string') values.push(item.value);
    else report('error', `${name} must be a string or an array of strings`, item.at);
  }
  return { values, at: value.at };
}
