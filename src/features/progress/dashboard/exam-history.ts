// Exam results derived from the log: the latest answer per question of each submitted exam, scored by the one
// exam score (src/engine/exam-score.ts) that the result page uses too.
import type { Question } from '@/engine/question-types';
import { scoreExam } from '@/engine/exam-score';
import type { ProgressEvent } from '@/learning/progress-events';

export interface ExamResult {
  exam: string;
  startedAt: number;
  submittedAt: number;
  correct: number;
  total: number;
  /** An estimate on the exam's 100–1,000 scale (see src/engine/exam-score.ts). */
  scaled: number;
  passed: boolean;
}

export { PASS_SCORE } from '@/engine/exam-score';

/** Every submitted exam in the log, oldest first. Questions no longer in the bank count as wrong. */
export function examHistory(events: readonly ProgressEvent[], bank: ReadonlyMap<string, Question>): ExamResult[] {
  const started = new Map<string, { at: number; questionIds: string[] }>();
  const answers = new Map<string, Map<string, string[]>>();
  const results: ExamResult[] = [];
  for (const e of events) {
    if (e.type === 'exam-started') started.set(e.exam, { at: e.at, questionIds: e.questionIds });
    else if (e.type === 'exam-answered') {
      const byQuestion = answers.get(e.exam) ?? new Map<string, string[]>();
      byQuestion.set(e.questionId, [...e.chosen]);
      answers.set(e.exam, byQuestion);
    } else if (e.type === 'exam-submitted') {
      const exam = started.get(e.exam);
      if (!exam || results.some((r) => r.exam === e.exam)) continue;
      const score = scoreExam(exam.questionIds.map((id) => bank.get(id) ?? id), answers.get(e.exam) ?? new Map());
      results.push({ exam: e.exam, startedAt: exam.at, submittedAt: e.at, correct: score.right, total: score.total, scaled: score.scaled, passed: score.passed });
    }
  }
  return results;
}
