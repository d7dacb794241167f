import type { List, ListItem, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ChoiceOption, MatchingPair, OrderingStep, Question } from '../model.ts';
import { skillById } from '../blueprint.ts';
import { questionIdSchema, questionMetaSchema, type LayerSlug, type QuestionMeta } from '../schema.ts';
import { toBlocks, toInlines, type BlockContext } from './blocks.ts';
import { resolveLink } from './links.ts';

const lineOf = (node: { position?: { start: { line: number } } } | undefined): number | undefined => node?.position?.start.line;
const LETTERS = 'abcdefghij';
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const CHOOSE = /\bChoose (two|three|four|five|\d)\b/i;

/** Where the questions of one topic live, so that ids and links can be built. */
export interface QuestionScope {
  layer: LayerSlug;
  topic: string;
}

/** Splits the nodes after `## Questions` into one group per `###` heading and converts each. */
export function toQuestions(nodes: RootContent[], scope: QuestionScope, ctx: BlockContext): Question[] {
  const groups: { heading: RootContent; body: RootContent[] }[] = [];
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 3) groups.push({ heading: node, body: [] });
    else if (groups.length === 0) ctx.sink.report(lineOf(node), 'under ## Questions, each question starts with a ### heading holding its id');
    else groups.at(-1)?.body.push(node);
  }
  return groups.map((g) => toQuestion(g.heading, g.body, scope, ctx)).filter((q): q is Question => q !== null);
}

/** Reads the `key: value` paragraph; returns the metadata and the line each key is on. */
function readMeta(node: RootContent | undefined, ctx: BlockContext, headingLine: number | undefined): { meta: QuestionMeta; lines: Record<string, number> } | null {
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
  const result = questionMetaSchema.safeParse(entries);
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

function toQuestion(heading: RootContent, body: RootContent[], scope: QuestionScope, ctx: BlockContext): Question | null {
  const headingLine = lineOf(heading);
  const id = toString(heading).trim();
  if (!questionIdSchema.safeParse(id).success) {
    ctx.sink.report(headingLine, `question id "${id}" must be lower-case words joined by hyphens`);
    return null;
  }
  const read = readMeta(body[0], ctx, headingLine);
  if (!read) return null;
  const { meta } = read;
  const teaches = resolveTeaches(meta.teaches, read.lines.teaches, ctx);
  const skill = meta.skill ? skillById(meta.skill) : undefined;
  if (skill && skill.domain !== meta.domain) {
    ctx.sink.report(read.lines.skill, `skill ${skill.id} belongs to the ${skill.domain} domain, but the question's domain is ${meta.domain}`);
  }
  const rest = body.slice(1);
  const answerAt = findAnswerBlock(rest, meta.type);
  if (answerAt < 0) {
    ctx.sink.report(headingLine, ANSWER_MISSING[meta.type]);
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
  const answer = rest[answerAt] as List | Table;
  if (meta.type === 'single' || meta.type === 'multiple') {
    const options = toChoices(answer as List, meta.type, toString({ type: 'root', children: stemNodes }), headingLine, ctx);
    return options ? { ...base, type: meta.type, options } : null;
  }
  if (meta.type === 'ordering') {
    const steps = toSteps(answer as List, ctx);
    return steps ? { ...base, type: 'ordering', steps } : null;
  }
  const pairs = toPairs(answer as Table, ctx);
  return pairs ? { ...base, type: 'matching', pairs, answers: [...new Set(pairs.map((p) => p.answer))] } : null;
}

const ANSWER_MISSING = {
  single: 'multiple-choice question has no options: write them as a task list (- [x] right, - [ ] wrong)',
  multiple: 'multiple-response question has no options: write them as a task list (- [x] right, - [ ] wrong)',
  ordering: 'ordering question has no steps: write them as an ordered list (1. 2. 3.) in the right order',
  matching: 'matching question has no table: write | Prompt | Answer | Why | rows',
} as const;

function findAnswerBlock(nodes: RootContent[], type: QuestionMeta['type']): number {
  if (type === 'single' || type === 'multiple') {
    return nodes.findIndex((n) => n.type === 'list' && n.children.some((item) => item.checked !== null && item.checked !== undefined));
  }
  const kind = type === 'ordering' ? 'list' : 'table';
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n?.type === kind && (kind === 'table' || (n.type === 'list' && n.ordered))) return i;
  }
  return -1;
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

/** First paragraph of a list item is the option; the blocks after it explain it. */
function splitItem(item: ListItem, what: string, ctx: BlockContext) {
  const [first, ...explanation] = item.children;
  if (first?.type !== 'paragraph') {
    ctx.sink.report(lineOf(item), `${what} must start with its text`);
    return null;
  }
  if (explanation.length === 0) {
    ctx.sink.report(lineOf(item), `${what} "${toString(first).slice(0, 50)}" has no explanation: add an indented paragraph after a blank line`);
    return null;
  }
  return { text: toInlines(first.children, ctx), explanation: toBlocks(explanation, ctx) };
}

function toChoices(list: List, type: 'single' | 'multiple', stem: string, line: number | undefined, ctx: BlockContext): ChoiceOption[] | null {
  const options: ChoiceOption[] = [];
  list.children.forEach((item, i) => {
    if (item.checked === null || item.checked === undefined) {
      ctx.sink.report(lineOf(item), 'every option must be a task item: - [x] for right, - [ ] for wrong');
      return;
    }
    const parts = splitItem(item, 'option', ctx);
    if (parts) options.push({ id: LETTERS[i] ?? String(i), correct: item.checked, ...parts });
  });
  if (options.length !== list.children.length) return null;
  const correct = options.filter((o) => o.correct).length;
  if (correct === 0) ctx.sink.report(line, 'question has no correct option: mark one with - [x]');
  else if (type === 'single' && correct > 1) {
    ctx.sink.report(line, `multiple-choice question has ${correct} correct options: mark exactly one, or use type: multiple`);
  } else if (type === 'multiple') {
    const word = CHOOSE.exec(stem)?.[1]?.toLowerCase();
    const asked = word ? (NUMBER_WORDS[word] ?? Number(word)) : null;
    if (asked === null) ctx.sink.report(line, `multiple-response stem must say how many to choose, e.g. "(Choose ${correct === 3 ? 'three' : 'two'}.)"`);
    else if (asked !== correct) ctx.sink.report(line, `stem says "Choose ${word}" but ${correct} option${correct === 1 ? ' is' : 's are'} marked correct`);
    if (correct < 2) ctx.sink.report(line, 'multiple-response question needs at least two correct options');
  }
  if (options.length < 2) ctx.sink.report(line, 'question needs at least two options');
  return correct === 0 ? null : options;
}

function toSteps(list: List, ctx: BlockContext): OrderingStep[] | null {
  const steps: OrderingStep[] = [];
  for (const [i, item] of list.children.entries()) {
    const parts = splitItem(item, 'step', ctx);
    if (parts) steps.push({ id: `s${i + 1}`, ...parts });
  }
  if (list.children.length < 3 || list.children.length > 5) {
    ctx.sink.report(lineOf(list), `ordering question needs 3 to 5 steps to be scored (found ${list.children.length})`);
    return null;
  }
  const texts = steps.map((s) => JSON.stringify(s.text));
  if (new Set(texts).size !== texts.length) ctx.sink.report(lineOf(list), 'ordering question has two identical steps: it cannot be scored');
  return steps.length === list.children.length ? steps : null;
}

function toPairs(table: Table, ctx: BlockContext): MatchingPair[] | null {
  const [head, ...rows] = table.children;
  const headers = head?.children.map((c) => toString(c).trim().toLowerCase()) ?? [];
  if (headers.join('|') !== 'prompt|answer|why') {
    ctx.sink.report(lineOf(table), 'matching table needs the columns | Prompt | Answer | Why |');
    return null;
  }
  if (rows.length < 3 || rows.length > 7) {
    ctx.sink.report(lineOf(table), `matching question needs 3 to 7 rows to be scored (found ${rows.length})`);
    return null;
  }
  const pairs: MatchingPair[] = [];
  const prompts = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const [prompt, answer, why] = row.children;
    const promptText = prompt ? toString(prompt).trim() : '';
    const answerText = answer ? toString(answer).trim() : '';
    if (!promptText || !answerText || !why || !toString(why).trim()) {
      ctx.sink.report(lineOf(row), 'matching row needs a prompt, an answer and a why');
      continue;
    }
    if (prompts.has(promptText)) ctx.sink.report(lineOf(row), `matching prompt "${promptText}" appears twice: it cannot be scored`);
    prompts.add(promptText);
    pairs.push({ id: `p${i + 1}`, prompt: toInlines(prompt?.children ?? [], ctx), answer: answerText, explanation: toInlines(why.children, ctx) });
  }
  if (pairs.length !== rows.length) return null;
  if (new Set(pairs.map((p) => p.answer)).size < 2) ctx.sink.report(lineOf(table), 'matching question needs at least two different answers');
  return pairs;
}
