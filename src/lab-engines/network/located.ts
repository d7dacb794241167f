import type { LabDiagnostic } from '../lab-kind.ts';
import { parseLocatedJson, type LocatedValue, type SourcePosition } from '../policy/json-located.ts';

export type Path = readonly (string | number)[];

/** The plain JSON value of a located tree. */
export function plain(node: LocatedValue): unknown {
  switch (node.kind) {
    case 'object': return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
    case 'array': return node.items.map(plain);
    case 'null': return null;
    default: return node.value;
  }
}

/** Where a path points in the source: the value if it exists, else its nearest existing parent. `key` points at a member's key instead. */
export function positionAt(root: LocatedValue, path: Path, key?: string): SourcePosition {
  let node = root;
  for (const step of path) {
    const next = node.kind === 'object' && typeof step === 'string' ? node.entries.find((e) => e.key === step)?.value
      : node.kind === 'array' && typeof step === 'number' ? node.items[step] : undefined;
    if (!next) return node.at;
    node = next;
  }
  if (key !== undefined && node.kind === 'object') return node.entries.find((e) => e.key === key)?.keyAt ?? node.at;
  return node.at;
}

const pathText = (path: Path) => path.reduce<string>((out, step) => (typeof step === 'number' ? `${out}[${step}]` : out ? `${out}.${step}` : step), '');

/** The parts of a zod issue this module reads (zod/mini carries no English messages, so they are written here). */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  maximum?: number | bigint;
  minimum?: number | bigint;
  origin?: string;
}

function issueText(issue: Issue, present: boolean): string {
  const field = pathText(issue.path.filter((s): s is string | number => typeof s !== 'symbol'));
  const where = field ? `${field}: ` : '';
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      return present ? `${where}must be ${issue.expected === 'int' ? 'a whole number' : `a${/^[aeiou]/.test(issue.expected ?? '') ? 'n' : ''} ${issue.expected}`}` : `missing the required field "${String(last)}"`;
    case 'unrecognized_keys': return `${where}unknown field${issue.keys && issue.keys.length > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value': return `${where}must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big': return `${where}at most ${String(issue.maximum)}${issue.origin === 'array' ? ' entries' : issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_small': return `${where}at least ${String(issue.minimum)}${issue.origin === 'array' ? ' entries' : issue.origin === 'string' ? ' characters' : ''}`;
    default: return issue.message === 'Invalid input' ? `${where}is not valid here` : `${where}${issue.message}`;
  }
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, step) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[step] : undefined), value);
}

export interface SafeParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

export interface DocumentParse<T> {
  value: T | null;
  root: LocatedValue | null;
  diagnostics: LabDiagnostic[];
}

export const MAX_DOCUMENT_LENGTH = 30_000;

export const diagnostic = (message: string, at: SourcePosition, severity: LabDiagnostic['severity'] = 'error'): LabDiagnostic => ({ severity, message, line: at.line, column: at.column });

/** Parses one document's JSON and checks it against its schema; every problem is a diagnostic at its line and column. */
export function parseDocument<T>(text: string, schema: SafeParser<T>): DocumentParse<T> {
  const start = { line: 1, column: 1, offset: 0 };
  if (text.length > MAX_DOCUMENT_LENGTH) return { value: null, root: null, diagnostics: [diagnostic(`the document is ${text.length} characters; at most ${MAX_DOCUMENT_LENGTH} are accepted`, start)] };
  const json = parseLocatedJson(text);
  if (!json.ok) return { value: null, root: null, diagnostics: [diagnostic(`invalid JSON: ${json.error.message}`, json.error.at)] };
  const root = json.value;
  const data = plain(root);
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, root, diagnostics: [] };
  const diagnostics = result.error.issues.map((issue) => {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    const at = issue.code === 'unrecognized_keys' ? positionAt(root, path, issue.keys?.[0]) : positionAt(root, path);
    return diagnostic(issueText(issue, valueAt(data, issue.path) !== undefined), at);
  });
  return { value: null, root, diagnostics };
}
