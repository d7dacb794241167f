import GithubSlugger, { slug } from 'github-slugger';
import type { BlockContent, DefinitionContent, PhrasingContent, RootContent, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block, CalloutKind, Inline, TocEntry } from '../content/model.ts';
import { highlightJson } from './highlight.ts';
import type { IssueSink } from './issues.ts';
import { courseHref, resolveLink, type InternalLink } from './links.ts';

/** A diagram found while converting, checked later by mermaid's own parser. */
export interface DiagramRef {
  file: string;
  /** Line of the diagram's first source line. */
  line: number;
  title: string;
  source: string;
}

/** State shared by the conversion of one file. */
export class BlockContext {
  /** Diagram ids have their own namespace, so a diagram titled like a heading never shifts that heading's id. */
  readonly diagramSlugger = new GithubSlugger();
  readonly headingIds = new Map<string, number>();
  readonly toc: TocEntry[] = [];
  readonly links: InternalLink[] = [];
  readonly diagrams: DiagramRef[] = [];
  constructor(readonly sink: IssueSink) {}
}

const CALLOUTS: Record<string, CalloutKind> = { EXAM: 'exam', TRAP: 'trap', CHANGED: 'changed', NOTE: 'note' };
const CALLOUT_MARKER = /^\[!([A-Z]+)\][ \t]*\n?/;
const TITLE_META = /^title="([^"]+)"\s*$/;

const lineOf = (node: { position?: { start: { line: number } } }): number | undefined => node.position?.start.line;

/** Converts inline Markdown to our inline model, refusing raw HTML and other unsupported nodes. */
export function toInlines(nodes: PhrasingContent[], ctx: BlockContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const inline = toInline(node, ctx);
    if (inline) out.push(inline);
  }
  return out;
}

function toInline(node: PhrasingContent, ctx: BlockContext): Inline | null {
  switch (node.type) {
    case 'text':
      return { type: 'text', value: node.value };
    case 'strong':
      return { type: 'strong', children: toInlines(node.children, ctx) };
    case 'emphasis':
      return { type: 'emphasis', children: toInlines(node.children, ctx) };
    case 'delete':
      return { type: 'delete', children: toInlines(node.children, ctx) };
    case 'inlineCode':
      return { type: 'inlineCode', value: node.value };
    case 'break':
      return { type: 'break' };
    case 'link':
      return toLink(node.url, toInlines(node.children, ctx), lineOf(node), ctx);
    case 'html':
      ctx.sink.report(lineOf(node), `raw HTML is not allowed: ${node.value.slice(0, 40)}`);
      return null;
    case 'image':
      ctx.sink.report(lineOf(node), 'images are not supported: draw the figure as a mermaid diagram');
      return null;
    default:
      ctx.sink.report(lineOf(node), `unsupported Markdown (${node.type}): use inline links and plain formatting`);
      return null;
  }
}

function toLink(url: string, children: Inline[], line: number | undefined, ctx: BlockContext): Inline | null {
  const resolved = resolveLink(ctx.sink.file, url);
  if (resolved.kind === 'invalid') {
    ctx.sink.report(line, resolved.reason);
    return { type: 'emphasis', children };
  }
  if (resolved.kind === 'external') return { type: 'link', href: resolved.href, external: true, children };
  const { layer, topic, section } = resolved.target;
  ctx.links.push({ file: ctx.sink.file, line: line ?? 1, layer, topic, section });
  return { type: 'link', href: courseHref(layer, topic, section), external: false, children };
}

/** Converts a heading, giving it a unique slug id and a TOC entry. */
export function toHeading(node: Extract<RootContent, { type: 'heading' }>, ctx: BlockContext): Block | null {
  if (node.depth === 1 || node.depth > 4) {
    ctx.sink.report(lineOf(node), `use ## and ### for sections (found a level-${node.depth} heading): the title comes from front matter`);
    return null;
  }
  const text = toString(node).trim();
  const id = slug(text);
  const seen = ctx.headingIds.get(id);
  if (seen !== undefined) ctx.sink.report(lineOf(node), `duplicate heading id "#${id}" (first used on line ${seen})`);
  else ctx.headingIds.set(id, lineOf(node) ?? 1);
  const depth = node.depth as 2 | 3 | 4;
  if (depth !== 4) ctx.toc.push({ id, text, depth });
  return { type: 'heading', depth, id, text, children: toInlines(node.children, ctx) };
}

/** Converts block-level Markdown; returns null for nodes that are reported and dropped. */
export function toBlock(node: RootContent | BlockContent | DefinitionContent, ctx: BlockContext): Block | null {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', children: toInlines(node.children, ctx) };
    case 'heading':
      return toHeading(node, ctx);
    case 'thematicBreak':
      return { type: 'thematicBreak' };
    case 'list':
      return {
        type: 'list',
        ordered: node.ordered ?? false,
        start: node.start ?? 1,
        items: node.children.map((item) => ({ checked: item.checked ?? null, children: toBlocks(item.children, ctx) })),
      };
    case 'code':
      return toCode(node, ctx);
    case 'blockquote':
      return toQuote(node, ctx);
    case 'table':
      return toTable(node, ctx);
    case 'html':
      ctx.sink.report(lineOf(node), `raw HTML is not allowed: ${node.value.split('\n')[0]?.slice(0, 40) ?? ''}`);
      return null;
    case 'yaml':
      return null;
    default:
      ctx.sink.report(lineOf(node), `unsupported Markdown (${node.type})`);
      return null;
  }
}

export function toBlocks(nodes: (RootContent | BlockContent | DefinitionContent)[], ctx: BlockContext): Block[] {
  return nodes.map((n) => toBlock(n, ctx)).filter((b): b is Block => b !== null);
}

function toCode(node: Extract<RootContent, { type: 'code' }>, ctx: BlockContext): Block | null {
  const lang = node.lang ?? '';
  if (lang !== 'mermaid') {
    return { type: 'code', lang, value: node.value, tokens: lang === 'json' ? highlightJson(node.value) : null };
  }
  const title = TITLE_META.exec(node.meta ?? '')?.[1];
  if (!title) {
    ctx.sink.report(lineOf(node), 'mermaid diagram needs a title: ```mermaid title="What it shows"');
    return null;
  }
  const line = (lineOf(node) ?? 1) + 1;
  ctx.diagrams.push({ file: ctx.sink.file, line, title, source: node.value });
  return { type: 'mermaid', id: `diagram-${ctx.diagramSlugger.slug(title)}`, title, source: node.value };
}

function toQuote(node: Extract<RootContent, { type: 'blockquote' }>, ctx: BlockContext): Block {
  const first = node.children[0];
  const firstText = first?.type === 'paragraph' ? first.children[0] : undefined;
  const marker = firstText?.type === 'text' ? CALLOUT_MARKER.exec(firstText.value) : null;
  if (!marker || !first || first.type !== 'paragraph' || firstText?.type !== 'text') {
    return { type: 'blockquote', children: toBlocks(node.children, ctx) };
  }
  const kind = CALLOUTS[marker[1] ?? ''];
  if (!kind) ctx.sink.report(lineOf(node), `unknown callout [!${marker[1]}]: use [!EXAM], [!TRAP], [!CHANGED] or [!NOTE]`);
  // The box is already labelled ("Exam tip", "Changed since the source"): drop a label repeated in the text.
  const rest = firstText.value
    .slice(marker[0].length)
    .replace(/^(?:exam tip|(?:a )?common trap|changed since the source|note)\s*:\s*(\S)/i, (_, first: string) => first.toUpperCase());
  const paragraph = { ...first, children: rest ? [{ ...firstText, value: rest }, ...first.children.slice(1)] : first.children.slice(1) };
  const children = paragraph.children.length ? [paragraph, ...node.children.slice(1)] : node.children.slice(1);
  if (children.length === 0) ctx.sink.report(lineOf(node), 'callout is empty');
  return { type: 'callout', kind: kind ?? 'note', children: toBlocks(children, ctx) };
}

function toTable(node: Extract<RootContent, { type: 'table' }>, ctx: BlockContext): Block {
  const cells = (row: { children: TableCell[] }): Inline[][] => row.children.map((cell) => toInlines(cell.children, ctx));
  const [head, ...rows] = node.children;
  return {
    type: 'table',
    align: (node.align ?? []).map((a) => a ?? null),
    head: head ? cells(head) : [],
    rows: rows.map(cells),
  };
}
