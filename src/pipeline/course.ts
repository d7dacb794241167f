import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Question } from '../engine/registry.ts';
import type { Block, CourseIndex, LabScenario, LayerBody, LayerSummary, TopicBody, TopicSummary } from '../content/model.ts';
import { courseFrontmatterSchema, layerFrontmatterSchema, LAYER_SLUGS, topicFrontmatterSchema, type LayerSlug } from '../content/schema.ts';
import { RESERVED_TOPIC_SLUGS } from '../content/constants.ts';
import { BlockContext, toBlocks, type DiagramRef } from './blocks.ts';
import { readFrontmatter } from './frontmatter.ts';
import { IssueSink, sortIssues, type ContentIssue } from './issues.ts';
import { compileLabs, isLabFile } from './labs.ts';
import { layerOfDir, locateFile, type InternalLink } from './links.ts';
import type { SourceFile } from './load.ts';
import { parseMarkdown } from './parse.ts';
import { toQuestions } from './questions.ts';

/** Everything the build emits: a small index for the main bundle, and bodies and questions for their own chunks. */
export interface CompiledCourse {
  index: CourseIndex;
  intro: { toc: TopicBody['toc']; blocks: Block[] };
  layers: Map<LayerSlug, LayerBody>;
  topics: Map<string, TopicBody>;
  questions: Map<string, Question[]>;
  /** Lab scenarios, both labs, in their lists' order. */
  labs: LabScenario[];
  diagrams: DiagramRef[];
  issues: ContentIssue[];
}

interface FileResult {
  sink: IssueSink;
  ctx: BlockContext;
}

const topicKey = (layer: string, topic: string): string => `${layer}/${topic}`;

function startFile(file: SourceFile): FileResult & { tree: Root } {
  const sink = new IssueSink(file.path);
  return { sink, ctx: new BlockContext(sink), tree: parseMarkdown(file.text) };
}

/** Splits a topic's nodes at `## Questions`, which must be the last section. */
function splitQuestions(nodes: RootContent[], sink: IssueSink): { body: RootContent[]; bank: RootContent[] } {
  const at = nodes.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n).trim() === 'Questions');
  if (at < 0) return { body: nodes, bank: [] };
  const bank = nodes.slice(at + 1);
  const later = bank.find((n) => n.type === 'heading' && n.depth <= 2);
  if (later) sink.report(later.position?.start.line, '## Questions must be the last section of a topic');
  return { body: nodes.slice(0, at), bank };
}

/** Compiles the whole course from its files: pure, so it runs the same in the build, the dev server and tests. */
export function compileCourse(files: SourceFile[], contentDir = 'content'): CompiledCourse {
  const results: FileResult[] = [];
  const layerFront = new Map<LayerSlug, Omit<LayerSummary, 'topics'>>();
  const layers = new Map<LayerSlug, LayerBody>();
  const topics = new Map<string, TopicBody>();
  const summaries: TopicSummary[] = [];
  const questions = new Map<string, Question[]>();
  let course = { title: 'Seven Layers', summary: '' };
  let intro: CompiledCourse['intro'] = { toc: [], blocks: [] };
  const extra: ContentIssue[] = [];
  const labFiles = files.filter((f) => isLabFile(f.path, contentDir));

  for (const file of files.filter((f) => !isLabFile(f.path, contentDir))) {
    const { sink, ctx, tree } = startFile(file);
    results.push({ sink, ctx });
    const name = file.path.split('/').at(-1) ?? '';
    if (file.path === `${contentDir}/_course.md`) {
      const front = readFrontmatter(tree, courseFrontmatterSchema, sink);
      if (front) course = front;
      intro = { blocks: toBlocks(tree.children, ctx), toc: ctx.toc.filter((t) => t.depth === 2) };
      continue;
    }
    const place = locateFile(file.path);
    if (!place) {
      sink.report(1, name.startsWith('_') ? `unknown special file "${name}"` : 'file is not in a layer folder (NN-layer-slug/)');
      continue;
    }
    if (place.topic === null) {
      const front = readFrontmatter(tree, layerFrontmatterSchema, sink);
      const number = layerOfDir(file.path.split('/').at(-2) ?? '')?.number ?? 0;
      if (front) layerFront.set(place.layer, { number, slug: place.layer, ...front });
      layers.set(place.layer, { slug: place.layer, blocks: toBlocks(tree.children, ctx), toc: ctx.toc });
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(place.topic)) {
      sink.report(1, `topic file name "${name}" must be lower-case words joined by hyphens`);
      continue;
    }
    if (RESERVED_TOPIC_SLUGS.includes(place.topic)) {
      sink.report(1, `topic file name "${name}" is taken by a page of every layer (/layers/<layer>/${place.topic}): rename the file`);
      continue;
    }
    const front = readFrontmatter(tree, topicFrontmatterSchema, sink);
    const { body, bank } = splitQuestions(tree.children, sink);
    const blocks = toBlocks(body, ctx);
    const bankQuestions = toQuestions(bank, { layer: place.layer, topic: place.topic }, ctx);
    const key = topicKey(place.layer, place.topic);
    topics.set(key, { layer: place.layer, slug: place.topic, toc: ctx.toc.filter((t) => t.depth <= 3), blocks, labs: [] });
    questions.set(key, bankQuestions);
    if (front) {
      summaries.push({
        layer: place.layer,
        slug: place.topic,
        ...front,
        hasDiagram: blocks.some(function has(b: Block): boolean {
          return b.type === 'mermaid' || (b.type === 'callout' && b.children.some(has));
        }),
        questionCount: bankQuestions.length,
      });
    }
  }

  for (const slug of LAYER_SLUGS) {
    const hasTopics = summaries.some((t) => t.layer === slug);
    if (!layerFront.has(slug) && (hasTopics || layers.has(slug))) {
      const dir = files.find((f) => locateFile(f.path)?.layer === slug)?.path.split('/').slice(0, -1).join('/') ?? contentDir;
      if (!layers.has(slug)) extra.push({ file: `${dir}/_layer.md`, line: 1, message: `layer "${slug}" has no _layer.md overview` });
    }
  }

  const layerSummaries: LayerSummary[] = [...layerFront.values()]
    .sort((a, b) => b.number - a.number)
    .map((layer) => ({
      ...layer,
      topics: summaries.filter((t) => t.layer === layer.slug).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)),
    }));

  const labs = compileLabs(labFiles, contentDir, topics, summaries);
  for (const [key, links] of labs.backLinks) {
    const topic = topics.get(key);
    if (topic) topic.labs = links;
  }
  results.push(...labs.contexts.map((ctx) => ({ sink: ctx.sink, ctx })));

  const allIssues = [
    ...results.flatMap((r) => r.sink.issues),
    ...labs.issues,
    ...extra,
    ...checkLinks(results.flatMap((r) => r.ctx.links), topics, layers),
    ...checkRelated(files, summaries, topics),
    ...checkQuestionIds(files, questions),
  ];
  return {
    index: { ...course, layers: layerSummaries },
    intro,
    layers,
    topics,
    questions,
    labs: labs.scenarios,
    diagrams: results.flatMap((r) => r.ctx.diagrams),
    issues: sortIssues(allIssues),
  };
}

function checkLinks(links: InternalLink[], topics: Map<string, TopicBody>, layers: Map<LayerSlug, LayerBody>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const link of links) {
    const target = link.topic ? topics.get(topicKey(link.layer, link.topic)) : layers.get(link.layer);
    const name = link.topic ? `topic "${link.layer}/${link.topic}"` : `layer "${link.layer}"`;
    if (!target) issues.push({ file: link.file, line: link.line, message: `link to ${name}, which does not exist` });
    else if (link.section && !hasHeading(target.blocks, link.section)) {
      issues.push({ file: link.file, line: link.line, message: `link to "#${link.section}", which is not a heading of ${name}` });
    }
  }
  return issues;
}

function hasHeading(blocks: Block[], id: string): boolean {
  return blocks.some((b) => b.type === 'heading' && b.id === id);
}

/** Line of a front matter key in a file's text (for checks made after parsing). */
function lineOfText(file: SourceFile | undefined, needle: string): number {
  const index = file?.text.split('\n').findIndex((l) => l.includes(needle)) ?? -1;
  return index < 0 ? 1 : index + 1;
}

function checkRelated(files: SourceFile[], summaries: TopicSummary[], topics: Map<string, TopicBody>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const topic of summaries) {
    const file = files.find((f) => f.path.endsWith(`/${topic.slug}.md`) && locateFile(f.path)?.layer === topic.layer);
    for (const rel of topic.related) {
      if (!topics.has(rel)) issues.push({ file: file?.path ?? '', line: lineOfText(file, rel), message: `related topic "${rel}" does not exist` });
    }
  }
  return issues;
}

function checkQuestionIds(files: SourceFile[], questions: Map<string, Question[]>): ContentIssue[] {
  const seen = new Map<string, string>();
  const issues: ContentIssue[] = [];
  for (const [key, list] of questions) {
    const file = files.find((f) => {
      const at = locateFile(f.path);
      return at && `${at.layer}/${at.topic}` === key;
    });
    for (const q of list) {
      const first = seen.get(q.id);
      if (first) issues.push({ file: file?.path ?? '', line: lineOfText(file, `### ${q.id}`), message: `duplicate question id "${q.id}" (also in ${first})` });
      else seen.set(q.id, file?.path ?? key);
    }
  }
  return issues;
}
