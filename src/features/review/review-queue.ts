import type { Question } from '@/engine/question-types';
import { dueCards, type CardState } from '@/learning/card-state';
import { examMoment, questionWeights, reviewGain } from './readiness';

/** Today's due cards that still have a question; with an exam date, those that raise exam-day readiness most first. */
export function reviewQueue(questions: Question[], cards: Map<string, CardState>, now: Date, examDate: string | null): Question[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const due = dueCards(cards, now).filter((c) => byId.has(c.questionId));
  if (examDate && examMoment(examDate).getTime() > now.getTime()) {
    const weights = questionWeights(questions);
    const exam = examMoment(examDate);
    const gain = new Map(due.map((c) => [c.questionId, reviewGain(c, weights.get(c.questionId) ?? 0, now, exam)]));
    due.sort((a, b) => (gain.get(b.questionId) ?? 0) - (gain.get(a.questionId) ?? 0));
  }
  return due.map((c) => byId.get(c.questionId)).filter((q): q is Question => q !== undefined);
}
