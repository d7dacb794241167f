// Exam results derived from the log: the latest answer per question of each submitted exam, graded now.
import type { Question } from '@/content/model';
import type { ProgressEvent } from '../progress-events';
import { gradeAnswer } from './grade';

export interface ExamResult {
  exam: string;
  startedAt: number;
  submittedAt: number;
  correct: number;
  total: number;
  /** An estimate on the exam's 100–1,000 scale (linear in the share correct; AWS's own scaling is not published). */
  scaled: number;
  passed: boolean;
}

export const PASSING_SCORE = 750;

/** Maps a share correct (0–1) to the 100–1,000 scale. */
export const toScaled = (share: number): number => Math.round(100 + 900 * share);

/** Scores one exam from its start event and its answers (unanswered questions count as wrong). */
export function scoreExam(questionIds: readonly string[], answers: ReadonlyMap<string, readonly string[]>, bank: ReadonlyMap<string, Question>): { correct: number; total: number; scaled: number } {
  let correct = 0;
  for (const id of questionIds) {
    const question = bank.get(id);
    const chosen = answers.get(id);
    if (question && chosen && gradeAnswer(question, chosen)) correct++;
  }
  const total = questionIds.length;
  return { correct, total, scaled: toScaled(total ? correct / total : 0) };
}

/** Every submitted exam in the log, oldest first. */
export function examHistory(events: readonly ProgressEvent[], bank: ReadonlyMap<string, Question>): ExamResult[] {
  const started = new Map<string, { at: number; questionIds: string[] }>();
  const answers = new Map<string, Map<string, readonly string[]>>();
  const results: ExamResult[] = [];
  for (const e of events) {
    if (e.type === 'exam-started') started.set(e.exam, { at: e.at, questionIds: e.questionIds });
    else if (e.type === 'exam-answered') {
      const byQuestion = answers.get(e.exam) ?? new Map<string, readonly string[]>();
      byQuestion.set(e.questionId, e.chosen);
      answers.set(e.exam, byQuestion);
    } else if (e.type === 'exam-submitted') {
      const exam = started.get(e.exam);
      if (!exam || results.some((r) => r.exam === e.exam)) continue;
      const score = scoreExam(exam.questionIds, answers.get(e.exam) ?? new Map(), bank);
      results.push({ exam: e.exam, startedAt: exam.at, submittedAt: e.at, ...score, passed: score.scaled >= PASSING_SCORE });
    }
  }
  return results;
}
