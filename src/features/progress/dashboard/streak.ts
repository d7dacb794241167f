// The study streak: consecutive local days with at least one study event, ending today (or yesterday, so the
// streak is not shown as broken before the learner has had a chance to study today).
import type { ProgressEvent } from '@/learning/progress-events';

const STUDY_TYPES = new Set<ProgressEvent['type']>(['topic-read', 'answered', 'reviewed', 'exam-submitted']);

/** A local calendar day as YYYY-MM-DD. */
export const localDay = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Days in a row with study, and whether today already counts. */
export function studyStreak(events: readonly ProgressEvent[], now: Date): { days: number; today: boolean } {
  const days = new Set(events.filter((e) => STUDY_TYPES.has(e.type)).map((e) => localDay(e.at)));
  const cursor = new Date(now);
  const today = days.has(localDay(cursor.getTime()));
  if (!today) cursor.setDate(cursor.getDate() - 1);
  let count = 0;
  while (days.has(localDay(cursor.getTime()))) {
    count++;
    cursor.setDate(cursor.getDate() - 1);
  }
  return { days: count, today };
}
