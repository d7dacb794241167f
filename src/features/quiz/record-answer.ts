import type { Question } from '@/engine/question-types';
import type { ProgressState } from '@/features/progress/progress-store';
import type { Answer } from '@/engine/question-types';

export type AnswerMode = 'quiz' | 'exam' | 'review' | 'question';
export type Rating = 1 | 2 | 3 | 4;

/** The FSRS rating of an answer: a wrong answer is Again (1); a right one is the learner's Hard/Good/Easy. */
export function ratingFor(correct: boolean, selfRating: 2 | 3 | 4 = 3): Rating {
  return correct ? selfRating : 1;
}

/** Appends an attempt to the log: which options, right or wrong, time taken, mode. */
export function recordAnswer(
  record: ProgressState['record'],
  a: { question: Question; answer: Answer; correct: boolean; ms: number; mode: AnswerMode; session?: string },
): Promise<void> {
  return record({ type: 'answered', questionId: a.question.id, chosen: a.answer, correct: a.correct, ms: Math.max(0, Math.round(a.ms)), mode: a.mode, ...(a.session ? { session: a.session } : {}) });
}

/** Appends a spaced-repetition review: the card of this question is rescheduled from it. */
export function recordReview(record: ProgressState['record'], questionId: string, rating: Rating): Promise<void> {
  return record({ type: 'reviewed', questionId, rating });
}
