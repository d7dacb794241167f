// What the learner has answered, derived from the progress log (never stored).
import { latestSnapshot } from './event-log';
import type { ProgressEvent } from './progress-events';

export interface QuestionRecord {
  attempts: number;
  correct: number;
  lastCorrect: boolean;
  lastAt: number;
}
export type QuestionHistory = Map<string, QuestionRecord>;

/** Every answered question with its attempts and latest result (a compaction snapshot holds the older totals). */
export function questionHistory(events: readonly ProgressEvent[]): QuestionHistory {
  const snapshot = latestSnapshot(events);
  const history: QuestionHistory = new Map(Object.entries(snapshot?.questions ?? {}));
  for (const e of events) {
    if (e.type !== 'answered' || (snapshot && e.at <= snapshot.until)) continue;
    const r = history.get(e.questionId) ?? { attempts: 0, correct: 0, lastCorrect: false, lastAt: 0 };
    history.set(e.questionId, { attempts: r.attempts + 1, correct: r.correct + (e.correct ? 1 : 0), lastCorrect: e.correct, lastAt: e.at });
  }
  return history;
}
