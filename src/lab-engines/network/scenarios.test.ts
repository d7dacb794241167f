// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { skillById } from '../../content/blueprint';
import {
  applyNetworkSolution, checkNetworkGoal, dropRule, networkGoalSchema, networkLabStateSchema, networkSetupSchema, networkSolutionSchema,
  networkStateFromSetup, runNetworkLab, solutionPick, type NetworkLabState,
} from './lab.ts';

// Checks every network scenario as the content pipeline will: its blocks parse, the setup runs without errors,
// the goal is not met by the setup and is met by setup + solution. Also that its skills and `teaches` targets exist.
const root = process.cwd();
const dir = join(root, 'content/labs/network');
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

function block(text: string, tag: string): unknown {
  const all = [...text.matchAll(new RegExp('```' + tag + '\\n([\\s\\S]*?)\\n```', 'g'))];
  expect(all, `exactly one ${tag} block`).toHaveLength(1);
  return JSON.parse(all[0]?.[1] ?? '');
}

function frontMatter(text: string): Record<string, string> {
  const body = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return Object.fromEntries(body.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

const list = (value = '') => value.replace(/^\[|\]$/g, '').split(',').map((s) => s.trim()).filter(Boolean);

/** The `##`/`###` heading ids of a topic, slugged as the content pipeline slugs them. */
function headingIds(layer: string, topic: string): Set<string> {
  const layerDir = readdirSync(join(root, 'content')).find((d) => d.replace(/^\d+-/, '') === layer || (layer === 'network' && d === '03-network'));
  const path = join(root, 'content', layerDir ?? layer, `${topic}.md`);
  const slugger = new GithubSlugger();
  const ids = readFileSync(path, 'utf8').split('\n').filter((l) => /^#{2,4} /.test(l)).map((l) => slugger.slug(l.replace(/^#+ /, '').trim()));
  return new Set(ids);
}

const errors = (state: NetworkLabState) => Object.entries(runNetworkLab(state).diagnostics).flatMap(([id, ds]) => ds.filter((d) => d.severity !== 'warning').map((d) => `${id} ${d.line}:${d.column} ${d.message}`));

describe('network lab scenarios', () => {
  it('there are at least eight, mixing goal kinds', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    const kinds = new Set(files.map((f) => (block(readFileSync(join(dir, f), 'utf8'), 'lab-goal') as { kind: string }).kind));
    expect([...kinds].sort()).toEqual(['block', 'find', 'reach']);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const fm = frontMatter(text);
    expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.md$/);
    for (const skill of list(fm.skills)) expect(skillById(skill), `skill ${skill}`).toBeDefined();
    for (const target of list(fm.teaches)) {
      const [path, heading] = target.split('#');
      const [layer, topic] = (path ?? '').split('/');
      expect(headingIds(layer ?? '', topic ?? '').has(heading ?? ''), `teaches ${target}`).toBe(true);
    }
    expect(text).toMatch(/\n## Debrief\n/);
    const setup = networkSetupSchema.parse(block(text, 'lab-setup'));
    const goal = networkGoalSchema.parse(block(text, 'lab-goal'));
    const solution = networkSolutionSchema.parse(block(text, 'lab-solution'));
    const state = networkStateFromSetup(setup);
    expect(networkLabStateSchema.safeParse(state).success).toBe(true);
    expect(errors(state)).toEqual([]);
    const pick = solutionPick(solution);
    if (goal.kind === 'find') {
      const trace = runNetworkLab(state).trace;
      expect(trace && dropRule(trace), 'a find setup is dropped by one deciding rule').toEqual(pick);
      expect(checkNetworkGoal(state, goal).met).toBe(false);
      expect(checkNetworkGoal(state, goal, pick).met).toBe(true);
      return;
    }
    expect(checkNetworkGoal(state, goal).met, 'the setup must not meet the goal').toBe(false);
    const solved = applyNetworkSolution(state, solution);
    expect(errors(solved)).toEqual([]);
    const result = checkNetworkGoal(solved, goal);
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.met).toBe(true);
  });
});
