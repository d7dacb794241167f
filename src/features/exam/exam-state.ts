// Exams are derived from the progress log: started, every answer and flag, submitted. Nothing else is stored,
// so an exam survives a reload, a closed tab or a crash, and its clock is wall-clock time from its start.
import type { ProgressEvent } from '@/learning/progress-events';

export interface ExamEntry {
  chosen: string[];
  flagged: boolean;
}

export interface ExamState {
  id: string;
  startedAt: number;
  durationMs: number;
  questionIds: string[];
  entries: Map<string, ExamEntry>;
  submitted: null | { at: number; reason: 'submitted' | 'time-up' };
}

/** Every exam in the log, oldest first. */
export function deriveExams(events: readonly ProgressEvent[]): ExamState[] {
  const exams = new Map<string, ExamState>();
  for (const e of events) {
    if (e.type === 'exam-started') {
      exams.set(e.exam, { id: e.exam, startedAt: e.at, durationMs: e.durationMs, questionIds: e.questionIds, entries: new Map(), submitted: null });
    } else if (e.type === 'exam-answered') {
      const exam = exams.get(e.exam);
      if (exam && !exam.submitted) exam.entries.set(e.questionId, { chosen: e.chosen, flagged: e.flagged });
    } else if (e.type === 'exam-submitted') {
      const exam = exams.get(e.exam);
      if (exam && !exam.submitted) exam.submitted = { at: e.at, reason: e.reason };
    }
  }
  return [...exams.values()];
}

/** The exam in progress (started, not submitted), if any. */
export const activeExam = (exams: readonly ExamState[]): ExamState | null => [...exams].reverse().find((e) => !e.submitted) ?? null;

/** Milliseconds left on the exam's clock at `now`. */
export const timeLeft = (exam: ExamState, now: number): number => Math.max(0, exam.startedAt + exam.durationMs - now);

const positionKey = (exam: string) => `seven-layers:exam-position:${exam}`;

/** The question the learner was on (kept beside the log: it is a view position, not progress). */
export function readPosition(exam: string): number {
  try {
    return Number(window.localStorage.getItem(positionKey(exam))) || 0;
  } catch {
    return 0;
  }
}

export function writePosition(exam: string, index: number): void {
  try {
    window.localStorage.setItem(positionKey(exam), String(index));
  } catch {
    // Storage full or blocked: the exam still resumes, at its first question.
  }
}
