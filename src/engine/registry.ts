// The question types the app knows. A type is one folder under src/engine/types/<name>/ (its pure part in
// `index.ts`, its answer controls in `input.tsx`) and one line in the list below; nothing else switches on a type.
import { choice } from './types/choice/index.ts';
import { matching } from './types/matching/index.ts';
import { ordering } from './types/ordering/index.ts';
import type { AnyQuestion, QuestionTypeModule } from './types/type-module.ts';

export interface QuestionTypeRegistry {
  readonly modules: readonly QuestionTypeModule[];
  /** Every `type:` value a question may have, in registration order. */
  readonly types: readonly [string, ...string[]];
  has(type: string): boolean;
  /** The module of a question's type (throws for a type nobody registered). */
  of<Q extends AnyQuestion>(question: Pick<Q, 'type'>): QuestionTypeModule<Q>;
}

/** A registry of type modules; a `type:` value may belong to one module only. */
// The modules' own question types vary; `any` here is what lets one list hold them all (checked by defineQuestionType).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createRegistry(modules: readonly QuestionTypeModule<any>[]): QuestionTypeRegistry {
  const byType = new Map<string, QuestionTypeModule>();
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`question type module "${m.name}" is registered twice`);
    names.add(m.name);
    for (const t of m.types) {
      const taken = byType.get(t);
      if (taken) throw new Error(`question type "${t}" is served by both "${taken.name}" and "${m.name}"`);
      byType.set(t, m);
    }
  }
  const types = [...byType.keys()];
  if (types.length === 0) throw new Error('a question type registry needs at least one type');
  return {
    modules,
    types: types as [string, ...string[]],
    has: (type) => byType.has(type),
    of: <Q extends AnyQuestion>(q: Pick<Q, 'type'>) => {
      const m = byType.get(q.type);
      if (!m) throw new Error(`unknown question type "${q.type}"`);
      return m as unknown as QuestionTypeModule<Q>;
    },
  };
}

/** The app's question types: one line each. */
export const registry = createRegistry([
  choice, // single and multiple
  ordering,
  matching,
]);
