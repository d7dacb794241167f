// @vitest-environment node
// Checks every policy-lab scenario in content/labs/policy/*.md: front matter, the three JSON blocks against the
// lab's schemas, that every policy parses with no error or unsupported diagnostic, that the setup does not meet the
// goal and that setup + solution does (for `find`: the pick is the one deciding Deny statement).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { slug } from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod/mini';
import { skillById } from '../content/blueprint';
import { LAYER_SLUGS } from '../content/constants';
import {
  applyPolicySolution,
  checkPolicyGoal,
  denyingStatement,
  policyGoalSchema,
  policyLabStateSchema,
  policySetupSchema,
  policySolutionSchema,
  policyStateFromSetup,
  runPolicyLab,
  withoutStatement,
  type PolicyLabState,
} from './policy-lab';

const ROOT = join(__dirname, '..', '..');
const CONTENT = join(ROOT, 'content');
const DIR = join(CONTENT, 'labs', 'policy');
const BLOCKS = ['lab-setup', 'lab-goal', 'lab-solution'] as const;

const pickSolutionSchema = z.strictObject({
  pick: z.strictObject({ document: z.string().check(z.minLength(1)), rule: z.string().check(z.regex(/^\d+$/)) }),
});

interface Scenario {
  slug: string;
  frontMatter: Record<string, unknown>;
  body: string;
  blocks: Record<(typeof BLOCKS)[number], string[]>;
}

/** Splits a scenario file into its front matter (YAML), its body and its fenced lab blocks. */
function readScenario(file: string, text: string): Scenario {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no front matter`);
  const frontMatter = parseYaml(m[1] as string) as Record<string, unknown>;
  const body = m[2] as string;
  const blocks = { 'lab-setup': [], 'lab-goal': [], 'lab-solution': [] } as Scenario['blocks'];
  for (const b of body.matchAll(/^```([a-z-]+)\n([\s\S]*?)^```$/gm)) {
    const kind = b[1] as string;
    if ((BLOCKS as readonly string[]).includes(kind)) blocks[kind as (typeof BLOCKS)[number]].push(b[2] as string);
  }
  return { slug: file.replace(/\.md$/, ''), frontMatter, body, blocks };
}

/** The heading ids of a course topic file (github-slugger slugs of ## to #### headings, outside code fences). */
function headingIds(path: string): Set<string> {
  const ids = new Set<string>();
  let fence = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (/^(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const h = /^#{2,4}\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) ids.add(slug((h[1] as string).replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, '')));
  }
  return ids;
}

function layerDir(layer: string): string | undefined {
  return readdirSync(CONTENT).find((d) => new RegExp(`^\\d\\d-${layer}$`).test(d));
}

/** Why a `layer/topic#heading` target does not resolve, or undefined when it does. */
function teachesProblem(target: string): string | undefined {
  const m = /^([a-z-]+)\/([a-z0-9-]+)#([a-z0-9-]+)$/.exec(target);
  if (!m) return `"${target}" is not layer/topic#heading`;
  const [, layer, topic, heading] = m as unknown as [string, string, string, string];
  if (!(LAYER_SLUGS as readonly string[]).includes(layer)) return `unknown layer "${layer}"`;
  const dir = layerDir(layer);
  const file = dir && join(CONTENT, dir, `${topic}.md`);
  if (!file || !existsSync(file)) return `no topic ${layer}/${topic}`;
  return headingIds(file).has(heading) ? undefined : `no heading #${heading} in ${layer}/${topic}`;
}

/** Why a relative course link written in a scenario does not resolve, or undefined when it does. */
function linkProblem(href: string): string | undefined {
  const [path, heading] = href.split('#');
  const target = posix.normalize(posix.join('content/labs/policy', path as string));
  const file = join(ROOT, target);
  if (!existsSync(file)) return `link ${href}: no file ${target}`;
  if (heading && !headingIds(file).has(heading)) return `link ${href}: no heading #${heading}`;
  return undefined;
}

/** Every problem of a policy document of the state: error or unsupported diagnostics. */
function diagnosticProblems(state: PolicyLabState): string[] {
  const run = runPolicyLab(state);
  const out: string[] = [];
  for (const p of state.policies) {
    for (const d of run.diagnostics[p.id] ?? []) {
      if (d.severity !== 'warning') out.push(`${p.name} ${d.line}:${d.column} ${d.severity}: ${d.message}`);
    }
  }
  if (run.blocked) out.push(`blocked: ${run.blocked}`);
  if (run.decision?.unsupported.length) out.push(`unsupported statements: ${JSON.stringify(run.decision.unsupported)}`);
  return out;
}

/** The state without one statement; a one-statement policy is removed altogether (an empty Statement does not parse). */
function withoutPick(state: PolicyLabState, name: string, index: number): PolicyLabState {
  const doc = state.policies.find((p) => p.name === name);
  const statements = doc ? (JSON.parse(doc.text) as { Statement: unknown }).Statement : [];
  if (Array.isArray(statements) && statements.length > 1) return withoutStatement(state, name, index);
  return { ...state, policies: state.policies.filter((p) => p.name !== name) };
}

/** Checks one scenario file; returns its problems (empty when it is sound). */
function scenarioProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  let s: Scenario;
  try {
    s = readScenario(file, text);
  } catch (e) {
    return [(e as Error).message];
  }
  const fm = s.frontMatter;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.slug)) problems.push(`slug "${s.slug}" is not lower-case words joined by hyphens`);
  for (const key of Object.keys(fm)) if (!['title', 'summary', 'skills', 'teaches', 'order'].includes(key)) problems.push(`unknown front matter key "${key}"`);
  for (const key of ['title', 'summary'] as const) if (typeof fm[key] !== 'string' || !(fm[key] as string).trim()) problems.push(`front matter "${key}" must be text`);
  const skills = fm.skills;
  if (!Array.isArray(skills) || skills.length === 0) problems.push('front matter "skills" must list at least one skill');
  else for (const id of skills) if (!skillById(String(id))) problems.push(`unknown skill "${String(id)}"`);
  const teaches = fm.teaches;
  if (!Array.isArray(teaches) || teaches.length === 0) problems.push('front matter "teaches" must list at least one section');
  else for (const t of teaches) { const p = teachesProblem(String(t)); if (p) problems.push(`teaches: ${p}`); }
  if (!Number.isInteger(fm.order) || (fm.order as number) < 1) problems.push('front matter "order" must be a whole number from 1');

  const debrief = s.body.split(/^## Debrief\s*$/m)[1];
  if (debrief === undefined) problems.push('no "## Debrief" section');
  else {
    const links = [...debrief.matchAll(/\]\(([^)\s]+\.md(?:#[^)\s]*)?)\)/g)].map((m) => m[1] as string);
    if (links.length < 1 || links.length > 3) problems.push(`the debrief links ${links.length} course sections (1 to 3 wanted)`);
    for (const l of links) { const p = linkProblem(l); if (p) problems.push(p); }
  }
  for (const l of [...s.body.matchAll(/\]\(([^)\s]+\.md(?:#[^)\s]*)?)\)/g)].map((m) => m[1] as string)) {
    const p = linkProblem(l);
    if (p && !problems.includes(p)) problems.push(p);
  }

  for (const b of BLOCKS) if (s.blocks[b].length !== 1) problems.push(`${s.blocks[b].length} \`${b}\` blocks (exactly one wanted)`);
  if (problems.some((p) => p.includes('blocks (exactly one'))) return problems;
  const json = (b: (typeof BLOCKS)[number]): unknown => {
    try { return JSON.parse(s.blocks[b][0] as string); } catch (e) { problems.push(`${b}: invalid JSON: ${(e as Error).message}`); return undefined; }
  };
  const setup = policySetupSchema.safeParse(json('lab-setup'));
  const goal = policyGoalSchema.safeParse(json('lab-goal'));
  if (!setup.success) problems.push(`lab-setup: ${setup.error.message}`);
  if (!goal.success) problems.push(`lab-goal: ${goal.error.message}`);
  if (!setup.success || !goal.success) return problems;
  const rawSolution = json('lab-solution');

  const state = policyStateFromSetup(setup.data);
  const stateCheck = policyLabStateSchema.safeParse(state);
  if (!stateCheck.success) problems.push(`lab state: ${stateCheck.error.message}`);
  problems.push(...diagnosticProblems(state).map((p) => `setup: ${p}`));

  if (goal.data.kind === 'find') {
    const solution = pickSolutionSchema.safeParse(rawSolution);
    if (!solution.success) return [...problems, `lab-solution (find): ${solution.error.message}`];
    const { pick } = solution.data;
    const decision = runPolicyLab(state).decision;
    const deny = decision ? denyingStatement(decision) : undefined;
    if (!deny) return [...problems, `find: the setup is not an explicit deny (${decision?.decision ?? 'no decision'})`];
    if (checkPolicyGoal(state, goal.data).met) problems.push('find: the goal is met with nothing picked');
    if (!checkPolicyGoal(state, goal.data, pick).met) problems.push(`find: the pick ${pick.document}#${pick.rule} is not the deciding statement (${deny.policy}#${deny.index})`);
    const rest = runPolicyLab(withoutPick(state, pick.document, Number(pick.rule)));
    if (!rest.decision) problems.push(`find: without the picked statement there is no decision (${rest.blocked ?? ''})`);
    else if (rest.decision.decision === 'explicit-deny') problems.push(`find: another Deny also decides it (${JSON.stringify(denyingStatement(rest.decision))}), so there is more than one answer`);
    return problems;
  }

  const solution = policySolutionSchema.safeParse(rawSolution);
  if (!solution.success) return [...problems, `lab-solution: ${solution.error.message}`];
  for (const fix of solution.data.policies) {
    const target = state.policies.find((p) => p.id === fix.id);
    if (target?.locked) problems.push(`lab-solution changes the locked policy "${target.name}"`);
    if (!target && (!fix.kind || !fix.name)) problems.push(`lab-solution: the new policy "${fix.id}" needs a kind and a name`);
  }
  const solved = applyPolicySolution(state, solution.data);
  const solvedCheck = policyLabStateSchema.safeParse(solved);
  if (!solvedCheck.success) problems.push(`solved state: ${solvedCheck.error.message}`);
  problems.push(...diagnosticProblems(solved).map((p) => `setup + solution: ${p}`));
  const before = checkPolicyGoal(state, goal.data);
  if (before.blocked) problems.push(`setup: blocked (${before.blocked})`);
  if (before.met) problems.push('the setup already meets the goal');
  if (before.checks[0]?.ok !== false) problems.push(`the setup already decides the request as the goal wants (${before.checks[0]?.actual ?? 'no decision'})`);
  const after = checkPolicyGoal(solved, goal.data);
  if (!after.met) problems.push(`setup + solution does not meet the goal: ${JSON.stringify(after.blocked ?? after.checks.filter((c) => !c.ok))}`);
  return problems;
}

const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.md')).sort() : [];

describe('policy lab scenarios', () => {
  it('there are at least 12, numbered 1..N without gaps or repeats', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    const orders = files.map((f) => readScenario(f, readFileSync(join(DIR, f), 'utf8')).frontMatter.order as number).sort((a, b) => a - b);
    expect(orders).toEqual(files.map((_, i) => i + 1));
  });

  it('mix the goal kinds: allow, deny and find', () => {
    const kinds = files.map((f) => (JSON.parse(readScenario(f, readFileSync(join(DIR, f), 'utf8')).blocks['lab-goal'][0] ?? '{}') as { kind?: string }).kind);
    for (const kind of ['allow', 'deny', 'find']) expect(kinds.filter((k) => k === kind).length, kind).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s is sound', (file) => {
    expect(scenarioProblems(file, readFileSync(join(DIR, file), 'utf8'))).toEqual([]);
  });
});

describe('the scenario check catches broken scenarios', () => {
  const sample = files.find((f) => f === 'read-one-bucket.md');
  const text = sample ? readFileSync(join(DIR, sample), 'utf8') : '';

  it.runIf(!!sample)('a solution that does not meet the goal', () => {
    const broken = text.replace('"Resource": "arn:aws:s3:::example-reports/*"', '"Resource": "arn:aws:s3:::example-reports"');
    expect(broken).not.toBe(text);
    expect(scenarioProblems('read-one-bucket.md', broken).join('\n')).toMatch(/does not meet the goal/);
  });

  it.runIf(!!sample)('a setup that already meets the goal, an unknown skill and a heading that does not exist', () => {
    const broken = text
      .replace('"Resource": "arn:aws:s3:::example-reports"\n          }\n        ]\n      }\n    }\n  ]\n}', '"Resource": ["arn:aws:s3:::example-reports", "arn:aws:s3:::example-reports/*"]\n          }\n        ]\n      }\n    }\n  ]\n}')
      .replace('skills: [4.2.3, 4.2.4]', 'skills: [4.2.3, 9.9.9]')
      .replace('policy-evaluation#the-evaluation-flow]', 'policy-evaluation#no-such-heading]');
    const problems = scenarioProblems('read-one-bucket.md', broken).join('\n');
    expect(problems).toMatch(/already meets the goal/);
    expect(problems).toMatch(/unknown skill "9.9.9"/);
    expect(problems).toMatch(/no heading #no-such-heading/);
  });

  it.runIf(!!sample)('a policy with grammar the engine does not evaluate, and a missing block', () => {
    const unsupported = text.replace('"Sid": "ReadReports",', '"Sid": "ReadReports", "Condition": { "BinaryEquals": { "aws:UserAgent": "QQ==" } },');
    expect(scenarioProblems('read-one-bucket.md', unsupported).join('\n')).toMatch(/unsupported/);
    const missing = text.replace('```lab-goal', '```json');
    expect(scenarioProblems('read-one-bucket.md', missing).join('\n')).toMatch(/0 `lab-goal` blocks/);
  });
});
