import type { Code, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { LABS, type AnyLabEngine } from '../lab-engines/labs.ts';
import { parseLocatedJson } from '../lab-engines/policy/json-located.ts';
import type { LabLink, LabName, LabScenario, TopicBody, TopicSummary } from '../content/model.ts';
import { labFrontmatterSchema } from '../content/schema.ts';
import { BlockContext, toBlocks } from './blocks.ts';
import { readFrontmatter } from './frontmatter.ts';
import { IssueSink, type ContentIssue } from './issues.ts';
import type { SourceFile } from './load.ts';
import { parseMarkdown } from './parse.ts';

const LAB_PATH = /^labs\/(policy|network)\/([^/]+)\.md$/;
const BLOCKS = ['lab-setup', 'lab-goal', 'lab-solution'] as const;
type BlockName = (typeof BLOCKS)[number];

/** Whether a content file is a lab scenario (it lives under `<contentDir>/labs/`). */
export const isLabFile = (path: string, contentDir: string): boolean => path.startsWith(`${contentDir}/labs/`);

export interface CompiledLabs {
  scenarios: LabScenario[];
  /** Per topic (`layer/topic`): the scenarios that practise it. */
  backLinks: Map<string, LabLink[]>;
  /** Files that are not where a scenario can be; each scenario's own issues are in its context's sink. */
  issues: ContentIssue[];
  contexts: BlockContext[];
}

interface JsonBlock {
  value: unknown;
  line: number;
}

/** Reads one ```lab-… block as JSON, reporting a syntax error at its line in the file. */
function readJson(node: Code, sink: IssueSink): JsonBlock | null {
  const line = node.position?.start.line ?? 1;
  const parsed = parseLocatedJson(node.value);
  if (!parsed.ok) {
    sink.report(line + parsed.error.at.line, `${node.lang}: invalid JSON: ${parsed.error.message}`);
    return null;
  }
  return { value: JSON.parse(node.value) as unknown, line };
}

/** Splits a scenario's nodes: the brief, the three JSON blocks, and the debrief after `## Debrief`. */
function splitScenario(nodes: RootContent[], sink: IssueSink) {
  const at = nodes.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n).trim() === 'Debrief');
  const before = at < 0 ? nodes : nodes.slice(0, at);
  const debrief = at < 0 ? [] : nodes.slice(at + 1);
  if (at < 0) sink.report(1, 'a scenario needs a "## Debrief" section (shown once it is solved)');
  const blocks = new Map<BlockName, Code>();
  const brief: RootContent[] = [];
  for (const node of before) {
    if (node.type === 'yaml') continue;
    if (node.type === 'code' && BLOCKS.includes(node.lang as BlockName)) {
      const name = node.lang as BlockName;
      if (blocks.has(name)) sink.report(node.position?.start.line, `a second \`\`\`${name} block: a scenario has one`);
      else blocks.set(name, node);
    } else if (node.type === 'heading') sink.report(node.position?.start.line, 'the brief has no headings: only "## Debrief" after it');
    else brief.push(node);
  }
  for (const name of BLOCKS) if (!blocks.has(name)) sink.report(1, `missing the \`\`\`${name} block`);
  for (const node of debrief) {
    if (node.type === 'code' && BLOCKS.includes(node.lang as BlockName)) sink.report(node.position?.start.line, `\`\`\`${node.lang} belongs before "## Debrief"`);
  }
  return { brief, debrief, blocks };
}

/** Validates `value` with a schema, reporting each problem at the block's line with its path. */
function validate<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, block: JsonBlock, name: string, sink: IssueSink): T | null {
  const result = schema.safeParse(block.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues.slice(0, 5)) {
    const path = issue.path.map(String).join('.');
    sink.report(block.line, `${name}${path ? ` ${path}` : ''}: ${issue.message}`);
  }
  return null;
}

/** Reports every error or unsupported diagnostic of the state's documents, naming the document and its line. */
function reportDocuments(engine: AnyLabEngine, state: unknown, block: JsonBlock, what: string, sink: IssueSink): boolean {
  let clean = true;
  for (const [id, diagnostics] of Object.entries(engine.diagnostics(state))) {
    for (const d of diagnostics.filter((x) => x.severity !== 'warning')) {
      clean = false;
      sink.report(block.line, `${what}: document "${id}" line ${d.line}, column ${d.column}: ${d.severity === 'unsupported' ? 'not supported by the lab: ' : ''}${d.message}`);
    }
  }
  return clean;
}

type Teach = LabScenario['teaches'][number];

function resolveTeaches(refs: string[], topics: Map<string, TopicBody>, summaries: TopicSummary[], line: (ref: string) => number, sink: IssueSink): Teach[] {
  const out: Teach[] = [];
  for (const ref of refs) {
    const [key = '', section = ''] = ref.split('#');
    const body = topics.get(key);
    const summary = summaries.find((t) => `${t.layer}/${t.slug}` === key);
    const heading = body?.toc.find((t) => t.id === section);
    if (!body || !summary) sink.report(line(ref), `teaches "${ref}": topic "${key}" does not exist`);
    else if (!heading) sink.report(line(ref), `teaches "${ref}": "#${section}" is not a section of ${key}`);
    else out.push({ layer: body.layer, topic: body.slug, section, topicTitle: summary.title, sectionTitle: heading.text });
  }
  return out;
}

/** Checks the goal against the setup (must not be met) and the reference solution (must be met). */
function checkGoal(engine: AnyLabEngine, state: unknown, goal: { kind: string }, solution: unknown, blocks: { goal: JsonBlock; solution: JsonBlock }, sink: IssueSink): LabScenario['solution'] | null {
  if (goal.kind === 'find') {
    const pick = (solution as { pick?: { document?: unknown; rule?: unknown } }).pick;
    if (!pick || typeof pick.document !== 'string' || typeof pick.rule !== 'string') {
      sink.report(blocks.solution.line, 'lab-solution: a find goal\'s solution is { "pick": { "document": "<name>", "rule": "<rule>" } }');
      return null;
    }
    const answer = engine.answer(state);
    if (!answer) sink.report(blocks.goal.line, 'lab-goal: find, but nothing in the setup decides against the request: there is no rule to find');
    else if (answer.document !== pick.document || answer.rule !== pick.rule) {
      sink.report(blocks.solution.line, `lab-solution: the rule that decides is ${answer.document} ${answer.rule}, not ${pick.document} ${pick.rule}`);
    } else if (!engine.answerIsUnique(state, answer)) {
      sink.report(blocks.goal.line, `lab-goal: find, but without ${answer.document} ${answer.rule} another rule still decides: the puzzle has more than one answer`);
    } else return { pick: { document: pick.document, rule: pick.rule } };
    return null;
  }
  const start = engine.check(state, goal);
  if (start.met) sink.report(blocks.goal.line, 'lab-goal: the setup already meets the goal: there is nothing to solve');
  const solved = engine.applySolution(state, solution);
  if (!reportDocuments(engine, solved, blocks.solution, 'lab-solution', sink)) return null;
  const end = engine.check(solved, goal);
  if (!end.met) {
    const failing = end.blocked ?? end.checks.filter((c) => !c.ok).map((c) => `${c.label}: expected ${c.expected}, got ${c.actual}`).join('; ');
    sink.report(blocks.solution.line, `lab-solution does not meet the goal (${failing})`);
    return null;
  }
  return start.met ? null : { state: solved };
}

function compileScenario(file: SourceFile, lab: LabName, slug: string, topics: Map<string, TopicBody>, summaries: TopicSummary[]) {
  const sink = new IssueSink(file.path);
  const ctx = new BlockContext(sink);
  const tree: Root = parseMarkdown(file.text);
  const front = readFrontmatter(tree, labFrontmatterSchema, sink);
  const { brief, debrief, blocks } = splitScenario(tree.children, sink);
  const json = Object.fromEntries([...blocks].map(([name, node]) => [name, readJson(node, sink)])) as Partial<Record<BlockName, JsonBlock | null>>;
  const briefBlocks = toBlocks(brief, ctx);
  const debriefBlocks = toBlocks(debrief, ctx);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) sink.report(1, `scenario file name "${slug}.md" must be lower-case words joined by hyphens`);
  const lineOf = (needle: string) => Math.max(1, file.text.split('\n').findIndex((l) => l.includes(needle)) + 1);
  const teaches = front ? resolveTeaches(front.teaches, topics, summaries, lineOf, sink) : [];
  const engine = LABS[lab];
  const setupBlock = json['lab-setup'];
  const goalBlock = json['lab-goal'];
  const solutionBlock = json['lab-solution'];
  let scenario: LabScenario | null = null;
  if (front && setupBlock && goalBlock && solutionBlock) {
    const setup = validate(engine.setupSchema, setupBlock, 'lab-setup', sink);
    const goal = validate(engine.goalSchema, goalBlock, 'lab-goal', sink);
    const state = setup === null ? null : engine.fromSetup(setup);
    const stateOk = state !== null && validate(engine.stateSchema, { value: state, line: setupBlock.line }, 'lab-setup', sink) !== null;
    const documentsOk = stateOk && reportDocuments(engine, state, setupBlock, 'lab-setup', sink);
    const solutionValue = goal?.kind === 'find' ? solutionBlock.value : validate(engine.solutionSchema, solutionBlock, 'lab-solution', sink);
    if (documentsOk && goal && solutionValue !== null) {
      const solution = checkGoal(engine, state, goal, solutionValue, { goal: goalBlock, solution: solutionBlock }, sink);
      if (solution && sink.issues.length === 0) {
        scenario = { lab, slug, ...front, teaches, goal, setup: state, solution, brief: briefBlocks, debrief: debriefBlocks };
      }
    }
  }
  return { scenario, sink, ctx };
}

/** Compiles every lab scenario; `topics` and `summaries` are the compiled course, for `teaches` and back links. */
export function compileLabs(files: SourceFile[], contentDir: string, topics: Map<string, TopicBody>, summaries: TopicSummary[]): CompiledLabs {
  const scenarios: LabScenario[] = [];
  const issues: ContentIssue[] = [];
  const contexts: BlockContext[] = [];
  for (const file of files) {
    const match = LAB_PATH.exec(file.path.slice(contentDir.length + 1));
    if (!match) {
      issues.push({ file: file.path, line: 1, message: 'a lab scenario lives at labs/policy/<slug>.md or labs/network/<slug>.md' });
      continue;
    }
    const { scenario, ctx } = compileScenario(file, match[1] as LabName, match[2] ?? '', topics, summaries);
    contexts.push(ctx); // its sink's issues and links are reported with every file's
    if (scenario) scenarios.push(scenario);
  }
  scenarios.sort((a, b) => a.lab.localeCompare(b.lab) || a.order - b.order || a.slug.localeCompare(b.slug));
  const backLinks = new Map<string, LabLink[]>();
  for (const s of scenarios) {
    for (const t of s.teaches) {
      const key = `${t.layer}/${t.topic}`;
      const list = backLinks.get(key) ?? [];
      if (!list.some((l) => l.lab === s.lab && l.slug === s.slug)) list.push({ lab: s.lab, slug: s.slug, title: s.title, section: t.section });
      backLinks.set(key, list);
    }
  }
  return { scenarios, backLinks, issues, contexts };
}
