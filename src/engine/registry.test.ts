import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsByModule } from './question-input';
import { createRegistry, QUESTION_TYPES, registry } from './registry';
import { choice } from './types/choice/index';
import { ordering } from './types/ordering/index';
import type { AnyQuestion } from './types/type-module';
import { trueFalse } from './fixtures/true-false/index';

/** The source files under `dir` (tests left out unless asked). */
const files = (dir: string, tests = false): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return files(path, tests);
    return /\.(tsx?|mjs|js)$/.test(f) && (tests || !/\.test\.tsx?$/.test(f)) ? [path] : [];
  });

/** The places a source text names `type` as a string literal ('x', "x" or `x`). */
const literalsOf = (source: string, type: string): string[] => source.match(new RegExp(`(['"\`])${type.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\1`, 'g')) ?? [];

describe('the question type registry', () => {
  it('serves every type a question may have, each from one module, in registration order', () => {
    expect(QUESTION_TYPES).toBe(registry.types);
    expect(registry.types).toEqual(registry.modules.flatMap((m) => m.types));
    expect(registry.types).toEqual(['single', 'multiple', 'ordering', 'matching']);
    for (const t of registry.types) expect(registry.modules.filter((m) => m.types.includes(t))).toHaveLength(1);
    expect(() => registry.of<AnyQuestion>({ type: 'essay' })).toThrow('unknown question type "essay"');
  });

  it('each module is one folder: its pure part and its input, found by the folder name', () => {
    const folders = readdirSync('src/engine/types').filter((f) => statSync(join('src/engine/types', f)).isDirectory());
    expect(folders.sort()).toEqual(registry.modules.map((m) => m.name).sort());
    for (const m of registry.modules) expect(readdirSync(join('src/engine/types', m.name)).filter((f) => !f.includes('.test.')).sort()).toEqual(['index.ts', 'input.tsx']);
    expect(Object.keys(inputsByModule).sort()).toEqual(registry.modules.map((m) => m.name).sort());
  });

  it('refuses a type served twice and a module registered twice', () => {
    expect(() => createRegistry([choice, { ...ordering, name: 'other', types: ['single'] }])).toThrow('question type "single" is served by both "choice" and "other"');
    expect(() => createRegistry([ordering, ordering])).toThrow('registered twice');
  });

  // A new type is one folder and one registry line: so no file but the type's own folder may name a type id (no
  // switch, no list of types, no shape in the content model), and the registry's list is its only other mention.
  it('a type id is named only in its own folder', () => {
    const sources = [...files('src'), ...files('scripts')];
    const folderOf = new Map([
      ...registry.modules.flatMap((m) => m.types.map((t): [string, string] => [t, join('src/engine/types', m.name)])),
      ...trueFalse.types.map((t): [string, string] => [t, 'src/engine/fixtures/true-false']),
    ]);
    // Not vacuous: the scan reads the whole app, the matcher finds every id in its own folder, and it sees the forms a
    // switch on a type takes.
    expect(sources.length).toBeGreaterThan(150);
    expect(sources).toEqual(expect.arrayContaining(['src/content/model.ts', 'src/content/constants.ts', 'src/pipeline/questions.ts', 'src/features/quiz/question-card.tsx', 'src/engine/registry.ts']));
    for (const [type, folder] of folderOf) {
      expect(files(folder).some((f) => literalsOf(readFileSync(f, 'utf8'), type).length > 0), `${type} in ${folder}`).toBe(true);
    }
    const sample = `if (q.type === 'ordering') {}\nswitch (t) { case "matching": }\nconst a = \`single\`;\nconst b = 'multiple-choice' + 'true-false';`;
    expect(['ordering', 'matching', 'single', 'multiple', 'true-false'].map((t) => literalsOf(sample, t))).toEqual([["'ordering'"], ['"matching"'], ['`single`'], [], ["'true-false'"]]);

    const offenders = sources.flatMap((path) => {
      const source = readFileSync(path, 'utf8');
      return [...folderOf]
        .filter(([type, folder]) => !path.startsWith(folder + '/') && literalsOf(source, type).length > 0)
        .map(([type]) => `${path} names '${type}'`);
    });
    expect(offenders).toEqual([]);
  });

  it('the registry file is the one other place a module is named: one import and one list entry each', () => {
    const source = readFileSync('src/engine/registry.ts', 'utf8');
    const list = /createRegistry\(\[([^\]]*)\]\)/.exec(source.slice(source.indexOf('export const registry')))?.[1] ?? '';
    const entries = list.split('\n').map((l) => l.replace(/\/\/.*/, '').trim().replace(/,$/, '')).filter(Boolean);
    expect(entries).toEqual(['choice', 'ordering', 'matching']);
    expect(entries).toHaveLength(registry.modules.length);
    for (const m of registry.modules) expect(source).toContain(`from './types/${m.name}/index.ts'`);
    // Outside the engine, only code about one type's questions imports that type's module by path.
    const importers = [...files('src'), ...files('scripts')]
      .filter((f) => !f.startsWith('src/engine/'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/from '([^']*engine\/types\/([a-z-]+)\/[^']*)'/g)].map((m) => `${f} -> ${m[2]}`));
    expect(importers).toEqual(['src/pipeline/question-cues.ts -> choice']);
  });

  // The code that shows, grades and records answers goes through the registry: no second grader, no second parser
  // of the stored encoding, outside src/engine/types/<name>/.
  it('nothing outside the type modules reads a type\'s fields or the stored encoding', () => {
    const generic = [
      ...files('src/engine').filter((f) => !f.startsWith(join('src/engine/types')) && !f.startsWith(join('src/engine/fixtures'))),
      'src/engine/types/type-module.ts',
      ...files('src/features'),
      ...files('src/learning'),
      'src/pipeline/questions.ts',
      'src/pipeline/course-rules.ts',
    ];
    const offenders = generic.flatMap((path) => {
      const source = readFileSync(path, 'utf8');
      const found = [/\.split\(\s*(['"]=['"]|\/=)/, /indexOf\(\s*['"]=['"]\s*\)/, /\.options\.filter\(/, /\.pairs\.(find|every)\(/, /\.steps\.every\(/].filter((re) => re.test(source)).map(String);
      return found.map((what) => `${path}: ${what}`);
    });
    expect(offenders).toEqual([]);
  });
});

describe('the content model and the engine', () => {
  // The engine reads the content model (blocks, inlines, the common question fields); the content model names no
  // type and imports nothing of the engine; the content pipeline (build time) sits above both.
  const importsOf = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)]
      .map((m) => m[1] ?? '')
      .filter((spec) => spec.startsWith('.') || spec.startsWith('@/'))
      .map((spec) => {
        const path = spec.startsWith('@/') ? join('src', spec.slice(2)) : normalize(join(dirname(file), spec));
        return /\.(tsx?)$/.test(path) ? path : [`${path}.ts`, `${path}.tsx`, join(path, 'index.ts')].find((p) => statSync(p, { throwIfNoEntry: false })?.isFile()) ?? path;
      });
  const graph = new Map([...files('src/content', true), ...files('src/engine', true)].map((f) => [f, importsOf(f)]));

  it('the content model imports nothing of the engine', () => {
    const model = [...graph.keys()].filter((f) => f.startsWith('src/content/'));
    expect(model).toEqual(expect.arrayContaining(['src/content/model.ts', 'src/content/constants.ts', 'src/content/schema.ts']));
    expect(model.flatMap((f) => (graph.get(f) ?? []).filter((to) => to.startsWith('src/engine/')).map((to) => `${f} -> ${to}`))).toEqual([]);
    expect(graph.get('src/engine/types/type-module.ts')).toContain('src/content/model.ts');
  });

  it('no import cycle among src/content and src/engine', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative('src', p)).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const to of graph.get(f) ?? []) if (graph.has(to)) visit(to, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(graph.size).toBeGreaterThan(20);
    expect(cycles).toEqual([]);
  });
});
