// All-or-nothing grading of a recorded answer, as the exam scores it: one grader per question type.
import type { Question, QuestionType } from '@/content/model';

type Grader<T extends QuestionType> = (question: Question & { type: T }, chosen: readonly string[]) => boolean;

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && new Set(a).size === b.length && a.every((x) => b.includes(x));

const choice: Grader<'single' | 'multiple'> = (q, chosen) => sameSet(chosen, q.options.filter((o) => o.correct).map((o) => o.id));

const graders = {
  single: choice,
  multiple: choice,
  // Steps are compiled in the correct order; the learner's order must be the same.
  ordering: (q, chosen) => chosen.length === q.steps.length && q.steps.every((s, i) => chosen[i] === s.id),
  matching: (q, chosen) => sameSet(chosen, q.pairs.map((p) => `${p.id}=${p.answer}`)),
} satisfies { [T in QuestionType]: Grader<T> };

/** Whether `chosen` (option ids, step ids in order, or `pairId=answer`) is fully right for `question`. */
export function gradeAnswer(question: Question, chosen: readonly string[]): boolean {
  return (graders[question.type] as Grader<QuestionType>)(question as never, chosen);
}
