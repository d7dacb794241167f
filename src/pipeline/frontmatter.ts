import type { Root } from 'mdast';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { IssueSink } from './issues.ts';

/** Line (1-based, within the YAML text) of the node at `path`, or of the nearest parent key; 0 for none. */
function lineOfPath(doc: Document, counter: LineCounter, path: PropertyKey[]): number {
  for (let depth = path.length; depth >= 1; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 0;
}

/** Line of a key inside the top-level map (unknown keys have no value node of their own to point at). */
function lineOfKey(doc: Document, counter: LineCounter, key: string): number {
  const map = doc.contents;
  if (map && 'items' in map) {
    for (const pair of map.items as { key: unknown }[]) {
      const k = pair.key;
      if (isNode(k) && 'value' in k && k.value === key && k.range) return counter.linePos(k.range[0]).line;
    }
  }
  return 1;
}

/**
 * Reads and validates the YAML front matter of a parsed file against `schema`.
 * Returns the data, or undefined after reporting every problem with its line.
 */
export function readFrontmatter<S extends z.ZodType>(tree: Root, schema: S, sink: IssueSink): z.infer<S> | undefined {
  const first = tree.children[0];
  if (!first || first.type !== 'yaml') {
    sink.report(1, 'missing front matter: the file must start with a --- block');
    return undefined;
  }
  const offset = first.position?.start.line ?? 1; // the line of the opening ---
  const counter = new LineCounter();
  const doc = parseDocument(first.value, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = counter.linePos(error.pos[0]).line;
      sink.report(offset + line, `front matter is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    return undefined;
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) sink.report(offset + lineOfKey(doc, counter, key), `unknown front matter key "${key}"`);
      continue;
    }
    const where = issue.path.length ? `"${issue.path.map(String).join('.')}"` : 'front matter';
    const missing = issue.code === 'invalid_type' && !doc.hasIn(issue.path as (string | number)[]);
    // A custom check (an unknown skill id) says all it needs on its own: "unknown skill 3.2.9".
    const message = issue.code === 'custom' ? issue.message : missing ? `missing front matter key ${where}` : `front matter ${where}: ${issue.message}`;
    sink.report(offset + lineOfPath(doc, counter, issue.path), message);
  }
  return undefined;
}
