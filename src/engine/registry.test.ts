import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { inputsByModule } from './question-input';
import { createRegistry, QUESTION_TYPES, registry } from './registry';
import type { AnyQuestion } from './types/type-module';
import { choice } from './types/choice/index';
import { ordering } from './types/ordering/index';

describe('the question type registry', () => {
  it('serves every type a question may have, each from one module', () => {
    expect(registry.types).toEqual([...QUESTION_TYPES]);
    for (const t of QUESTION_TYPES) expect(registry.modules.filter((m) => m.types.includes(t))).toHaveLength(1);
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

  // The code that shows, grades and records answers goes through the registry: no second grader, no second parser
  // of the stored encoding, no switch on a type name outside src/engine/types/<name>/.
  it('nothing outside the type modules switches on a type or reads the stored encoding', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [path] : [];
      });
    const generic = [
      ...files('src/engine').filter((f) => !f.startsWith(join('src/engine/types')) && !f.startsWith(join('src/engine/fixtures'))),
      'src/engine/types/type-module.ts',
      ...files('src/features/quiz'),
      ...files('src/features/questions'),
      ...files('src/features/exam'),
      ...files('src/features/review'),
      ...files('src/features/progress/dashboard'),
      'src/content/pipeline/questions.ts',
    ];
    const offenders = generic.flatMap((path) => {
      const source = readFileSync(path, 'utf8');
      const found = [
        ...QUESTION_TYPES.filter((t) => source.includes(`'${t}'`)).map((t) => `'${t}'`),
        ...[/\.split\(\s*(['"]=['"]|\/=)/, /indexOf\(\s*['"]=['"]\s*\)/, /\.options\.filter\(/, /\.pairs\.(find|every)\(/, /\.steps\.every\(/].filter((re) => re.test(source)).map(String),
      ];
      return found.map((what) => `${path}: ${what}`);
    });
    expect(offenders).toEqual([]);
  });
});
