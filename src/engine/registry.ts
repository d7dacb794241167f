// The question types the app knows. A type is one folder under src/engine/types/<name>/ (its question's shape and
// pure part in `index.ts`, its answer controls in `input.tsx`) and one line in the list below; nothing else names a
// type: the `Question` union and the list of `type:` values are derived from this list.
import { choice } from './types/choice/index.ts';
import { matching } from './types/matching/index.ts';
import { ordering } from './types/ordering/index.ts';
import type { AnyQuestion, QuestionTypeModule } from './types/type-module.ts';

/** A registry whose modules make the question union `Q`. */
export interface QuestionTypeRegistry<Q extends AnyQuestion = AnyQuestion> {
  readonly modules: readonly QuestionTypeModule<Q>[];
  /** Every `type:` value a question may have, in registration order. */
  readonly types: readonly [Q['type'], ...Q['type'][]];
  has(type: string): type is Q['type'];
  /** The module of a question's type (throws for a type nobody registered). */
  of<T extends AnyQuestion = Q>(question: Pick<T, 'type'>): QuestionTypeModule<T>;
}

/** The question a type module declares. */
export type QuestionOfModule<M> = M extends QuestionTypeModule<infer Q> ? Q : never;
/** The union of the questions a registry's modules declare. */
export type QuestionOf<R> = R extends QuestionTypeRegistry<infer Q> ? Q : never;

/** A registry of type modules; a `type:` value may belong to one module only. */
// The modules' own question types vary; `any` here is what lets one list hold them all (checked by defineQuestionType).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createRegistry<const M extends readonly QuestionTypeModule<any>[]>(modules: M): QuestionTypeRegistry<QuestionOfModule<M[number]>> {
  type Q = QuestionOfModule<M[number]>;
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
  const types = [...byType.keys()] as Q['type'][];
  if (types.length === 0) throw new Error('a question type registry needs at least one type');
  return {
    modules: modules as readonly QuestionTypeModule<Q>[],
    types: types as [Q['type'], ...Q['type'][]],
    has: (type): type is Q['type'] => byType.has(type),
    of: <T extends AnyQuestion>(q: Pick<T, 'type'>) => {
      const m = byType.get(q.type);
      if (!m) throw new Error(`unknown question type "${q.type}"`);
      return m as unknown as QuestionTypeModule<T>;
    },
  };
}

/** The app's question types: one line each. */
export const registry = createRegistry([
  choice, // single and multiple
  ordering,
  matching,
]);

/** A question of the course: the common fields (src/content/model.ts) and its type's own (its type module). */
export type Question = QuestionOf<typeof registry>;
/** The `type:` values a question may have. */
export type QuestionType = Question['type'];
/** Every `type:` value, in registration order. */
export const QUESTION_TYPES: readonly [QuestionType, ...QuestionType[]] = registry.types;
