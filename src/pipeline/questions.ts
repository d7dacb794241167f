// Reads the `## Questions` of a topic: the heading and metadata common to every question here; the answer block
// after the stem is read by the question's type module (src/engine/types/<name>/index.ts), with the errors it reports.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { skillById } from '../content/blueprint.ts';
import { questionIdSchema, questionMetaSchema, type LayerSlug } from '../content/schema.ts';
import { registry, type Question, type QuestionTypeRegistry } from '../engine/registry.ts';
import type { AnyQuestion, MarkdownReader } from '../engine/types/type-module.ts';
import { toBlocks, toInlines, type BlockContext } from './blocks.ts';
import { resolveLink } from './links.ts';

const lineOf = (node: { position?: { start: { line: number } } } | undefined): number | undefined => node?.position?.start.line;

/** The metadata schema with `type:` taking the registry's types. */
const metaSchemas = new WeakMap<QuestionTypeRegistry, ReturnType<typeof metaSchemaFor>>();
const metaSchemaFor = (types: QuestionTypeRegistry) => questionMetaSchema.extend({ type: z.enum(types.types) });
type Meta = z.infer<ReturnType<typeof metaSchemaFor>>;
function metaSchema(types: QuestionTypeRegistry) {
  let schema = metaSchemas.get(types);
  if (!schema) metaSchemas.set(types, (schema = metaSchemaFor(types)));
  return schema;
}

/** What a type module may use of the pipeline while it reads its block. */
const readerFor = (ctx: BlockContext): MarkdownReader => ({
  report: (line, message) => ctx.sink.report(line, message),
  lineOf,
  text: (node) => toString(node),
  blocks: (nodes) => toBlocks(nodes, ctx),
  inlines: (nodes) => toInlines(nodes, ctx),
});

/** Where the questions of one topic live, so that ids and links can be built. */
export interface QuestionScope {
  layer: LayerSlug;
  topic: string;
}

/** Splits the nodes after `## Questions` into one group per `###` heading and converts each (`types`: the app's registry unless a test brings its own). */
export function toQuestions(nodes: RootContent[], scope: QuestionScope, ctx: BlockContext): Question[];
export function toQuestions<Q extends AnyQuestion>(nodes: RootContent[], scope: QuestionScope, ctx: BlockContext, types: QuestionTypeRegistry<Q>): Q[];
export function toQuestions(nodes: RootContent[], scope: QuestionScope, ctx: BlockContext, types: QuestionTypeRegistry = registry): AnyQuestion[] {
  const groups: { heading: RootContent; body: RootContent[] }[] = [];
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 3) groups.push({ heading: node, body: [] });
    else if (groups.length === 0) ctx.sink.report(lineOf(node), 'under ## Questions, each question starts with a ### heading holding its id');
    else groups.at(-1)?.body.push(node);
  }
  return groups.map((g) => toQuestion(g.heading, g.body, scope, ctx, types)).filter((q) => q !== null);
}

/** Reads the `key: value` paragraph; returns the metadata and the line each key is on. */
function readMeta(node: RootContent | undefined, ctx: BlockContext, headingLine: number | undefined, types: QuestionTypeRegistry): { meta: Meta; lines: Record<string, number> } | null {
  if (node?.type !== 'paragraph') {
    ctx.sink.report(lineOf(node) ?? headingLine, 'question needs a metadata paragraph (type:, domain:, difficulty:, teaches:) right under its heading');
    return null;
  }
  const entries: Record<string, string> = {};
  const keyLines: Record<string, number> = {};
  const start = lineOf(node) ?? 1;
  const lines = toString(node).split('\n');
  lines.forEach((text, i) => {
    const match = /^\s*([a-z]+)\s*:\s*(.*?)\s*$/.exec(text);
    if (match?.[1]) {
      entries[match[1]] = match[2] ?? '';
      keyLines[match[1]] = start + i;
    } else ctx.sink.report(start + i, `question metadata line "${text}" is not "key: value"`);
  });
  const result = metaSchema(types).safeParse(entries);
  if (result.success) return { meta: result.data, lines: keyLines };
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      ctx.sink.report(start, `unknown question metadata key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`);
    } else {
      const key = String(issue.path[0] ?? '');
      const index = lines.findIndex((l) => l.trim().startsWith(`${key}:`));
      const what = index < 0 ? `missing question metadata "${key}"` : issue.code === 'custom' ? issue.message : `question metadata "${key}": ${issue.message}`;
      ctx.sink.report(index < 0 ? start : start + index, what);
    }
  }
  return null;
}

function toQuestion(heading: RootContent, body: RootContent[], scope: QuestionScope, ctx: BlockContext, types: QuestionTypeRegistry): AnyQuestion | null {
  const headingLine = lineOf(heading);
  const id = toString(heading).trim();
  if (!questionIdSchema.safeParse(id).success) {
    ctx.sink.report(headingLine, `question id "${id}" must be lower-case words joined by hyphens`);
    return null;
  }
  const read = readMeta(body[0], ctx, headingLine, types);
  if (!read) return null;
  const { meta } = read;
  const teaches = resolveTeaches(meta.teaches, read.lines.teaches, ctx);
  const skill = meta.skill ? skillById(meta.skill) : undefined;
  if (skill && skill.domain !== meta.domain) {
    ctx.sink.report(read.lines.skill, `skill ${skill.id} belongs to the ${skill.domain} domain, but the question's domain is ${meta.domain}`);
  }
  const rest = body.slice(1);
  const type = types.of(meta);
  const answerAt = type.read.find(rest, meta.type);
  if (answerAt < 0) {
    ctx.sink.report(headingLine, type.read.missing(meta.type));
    return null;
  }
  const stemNodes = rest.slice(0, answerAt);
  if (stemNodes.length === 0) ctx.sink.report(headingLine, `question "${id}" has no stem`);
  const base = {
    id,
    layer: scope.layer,
    topic: scope.topic,
    domain: meta.domain,
    skill: meta.skill ?? null,
    difficulty: meta.difficulty,
    teaches: teaches ?? { layer: scope.layer, topic: scope.topic, section: '' },
    stem: toBlocks(stemNodes, ctx),
    explanation: toBlocks(rest.slice(answerAt + 1), ctx),
  };
  const block = rest[answerAt] as RootContent;
  const fields = type.read.parse({ type: meta.type, block, stem: toString({ type: 'root', children: stemNodes }), headingLine, reader: readerFor(ctx) });
  // The module read its own fields for this `type:`, so the whole is a question of the registry's union.
  return fields ? { ...base, type: meta.type, ...fields } : null;
}

function resolveTeaches(teaches: string, line: number | undefined, ctx: BlockContext) {
  const resolved = resolveLink(ctx.sink.file, teaches);
  if (resolved.kind !== 'internal' || !resolved.target.topic || !resolved.target.section) {
    ctx.sink.report(line, `question metadata "teaches": "${teaches}" must be #section-id or other-topic.md#section-id`);
    return null;
  }
  const { layer, topic, section } = resolved.target;
  ctx.links.push({ file: ctx.sink.file, line: line ?? 1, layer, topic, section });
  return { layer, topic, section };
}
