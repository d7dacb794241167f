// The question engine's entry points: each one hands the question to its type's module (src/engine/registry.ts),
// so callers never switch on the type. An answer is a list of strings, the `chosen` field of the progress log,
// encoded by the type (option ids, step ids in the learner's order, `pairId=answer`).
import { registry, type Question } from './registry.ts';
import type { Answer, Presentation, Verdict } from './types/type-module.ts';

export type { Answer, Presentation, Verdict } from './types/type-module.ts';
/** The question model, derived from the registered type modules (src/engine/registry.ts). */
export type { Question, QuestionType } from './registry.ts';

const moduleOf = (q: Question) => registry.of<Question>(q);

/** How the question is shown for a seed (shuffled options, steps or answers). */
export const presentQuestion = (q: Question, seed: string): Presentation => moduleOf(q).present(q, seed);
/** The answer a learner starts from. */
export const initialAnswer = (q: Question, p: Presentation): Answer => moduleOf(q).initialAnswer(q, p);
/** Whether the answer is complete enough to check (every prompt matched, as many options as asked). */
export const isAnswerComplete = (q: Question, a: Answer): boolean => moduleOf(q).isComplete(q, a);
/** All-or-nothing scoring, as on the exam: right only when the whole answer is right. */
export const isAnswerCorrect = (q: Question, a: Answer): boolean => moduleOf(q).isCorrect(q, a);
/** The right answer, in the form of a learner's answer. */
export const correctAnswer = (q: Question): Answer => moduleOf(q).correctAnswer(q);
/** Per option, step or pair id: what the answer says about that part. */
export const answerVerdicts = (q: Question, a: Answer): Map<string, Verdict> => moduleOf(q).verdicts(q, a);
/** What a key (1–9, A–I) for the `index`-th shown part does to the answer, or null. */
export const pickByKey = (q: Question, p: Presentation, a: Answer, index: number): Answer | null => moduleOf(q).pick(q, p, a, index);
/** The (wrong, right) pairs of names a wrong answer implies. */
export const answerConfusions = (q: Question, a: Answer, namesIn: (text: string) => ReadonlySet<string>): [string, string][] => moduleOf(q).confusions(q, a, namesIn);

