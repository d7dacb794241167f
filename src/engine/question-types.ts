// The question engine: one handler per question type (presentation order, completeness, all-or-nothing score).
// An answer is a list of strings, the same as the `chosen` field of the progress log: option ids (single and
// multiple), step ids in the learner's order (ordering), `pairId=answer` (matching).
import type { Question, QuestionType } from '@/content/model';
import { seededShuffle } from './seeded-random';

type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type Answer = string[];

/** The order in which a question's parts are shown, fixed by a seed. */
export interface Presentation {
  /** Option ids (choice), step ids (ordering, the starting order) or pair ids (matching), in display order. */
  order: string[];
  /** Matching only: the answers offered in each select, in display order. */
  answers: string[];
}

interface TypeHandler<T extends QuestionType> {
  // Method syntax: one handler may serve several types (choice serves single and multiple).
  present(q: QuestionOf<T>, seed: string): Presentation;
  /** The answer a learner starts from (ordering starts from the shuffled order). */
  initialAnswer(q: QuestionOf<T>, p: Presentation): Answer;
  isComplete(q: QuestionOf<T>, a: Answer): boolean;
  isCorrect(q: QuestionOf<T>, a: Answer): boolean;
  /** The right answer in the same form as a learner's answer. */
  correctAnswer(q: QuestionOf<T>): Answer;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && new Set([...a, ...b]).size === a.length && new Set(a).size === a.length;
const correctOptionIds = (q: QuestionOf<'single' | 'multiple'>): string[] => q.options.filter((o) => o.correct).map((o) => o.id);

const choice: TypeHandler<'single' | 'multiple'> = {
  present: (q, seed) => ({ order: seededShuffle(q.options.map((o) => o.id), `${seed}:${q.id}`), answers: [] }),
  initialAnswer: () => [],
  isComplete: (q, a) => a.length === correctOptionIds(q).length,
  isCorrect: (q, a) => sameSet(a, correctOptionIds(q)),
  correctAnswer: correctOptionIds,
};

const ordering: TypeHandler<'ordering'> = {
  present: (q, seed) => {
    const ids = q.steps.map((s) => s.id);
    let order = seededShuffle(ids, `${seed}:${q.id}`);
    // Never start in the right order: that would give the answer away.
    if (order.every((id, i) => id === ids[i])) order = [...order.slice(1), ...order.slice(0, 1)];
    return { order, answers: [] };
  },
  initialAnswer: (_q, p) => [...p.order],
  isComplete: (q, a) => a.length === q.steps.length,
  isCorrect: (q, a) => a.length === q.steps.length && q.steps.every((s, i) => a[i] === s.id),
  correctAnswer: (q) => q.steps.map((s) => s.id),
};

/** Matching answers are `pairId=answer`; this reads them back into a map. */
export function matchingChoices(a: Answer): Map<string, string> {
  return new Map(a.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
}

const matching: TypeHandler<'matching'> = {
  present: (q, seed) => ({ order: seededShuffle(q.pairs.map((p) => p.id), `${seed}:${q.id}`), answers: seededShuffle(q.answers, `${seed}:${q.id}:answers`) }),
  initialAnswer: () => [],
  isComplete: (q, a) => {
    const chosen = matchingChoices(a);
    return q.pairs.every((p) => Boolean(chosen.get(p.id)));
  },
  isCorrect: (q, a) => {
    const chosen = matchingChoices(a);
    return chosen.size === q.pairs.length && q.pairs.every((p) => chosen.get(p.id) === p.answer);
  },
  correctAnswer: (q) => q.pairs.map((p) => `${p.id}=${p.answer}`),
};

const handlers = { single: choice, multiple: choice, ordering, matching } satisfies { [T in QuestionType]: TypeHandler<T extends 'single' | 'multiple' ? 'single' | 'multiple' : T> };

// One typed entry point per operation, so callers never switch on the type.
const handlerFor = (q: Question): TypeHandler<QuestionType> => handlers[q.type] as unknown as TypeHandler<QuestionType>;

/** How the question is shown for a seed (shuffled options, steps or answers). */
export const presentQuestion = (q: Question, seed: string): Presentation => handlerFor(q).present(q as never, seed);
/** The answer a learner starts from. */
export const initialAnswer = (q: Question, p: Presentation): Answer => handlerFor(q).initialAnswer(q as never, p);
/** Whether the answer is complete enough to check (every prompt matched, as many options as asked). */
export const isAnswerComplete = (q: Question, a: Answer): boolean => handlerFor(q).isComplete(q as never, a);
/** All-or-nothing scoring, as on the exam: right only when the whole answer is right. */
export const isAnswerCorrect = (q: Question, a: Answer): boolean => handlerFor(q).isCorrect(q as never, a);
/** The right answer, in the form of a learner's answer. */
export const correctAnswer = (q: Question): Answer => handlerFor(q).correctAnswer(q as never);

/** How many options a multiple-response question asks for (1 for multiple choice). */
export const choicesToMake = (q: Question): number => (q.type === 'single' || q.type === 'multiple' ? q.options.filter((o) => o.correct).length : 0);
