// Compaction: a year of daily study outgrows localStorage, so answers and reviews older than a window are
// replaced by one snapshot event holding every card's FSRS state and every question's totals.
import { latestSnapshot } from './event-log';
import type { CardSnapshot, ProgressEvent } from './progress-events';
import { questionHistory } from './history';
import { deriveCards, type CardState } from './card-state';
import { COMPACT_AFTER_EVENTS, KEEP_DAYS } from './compaction-policy';

type CompactedEvent = Extract<ProgressEvent, { type: 'compacted' }>;


const toSnapshot = (s: CardState): CardSnapshot => ({
  ...s.card,
  due: s.card.due.getTime(),
  last_review: s.card.last_review ? s.card.last_review.getTime() : null,
  reviews: s.reviews,
  lastReviewedAt: s.lastReviewedAt,
});

/** The snapshot event that replaces every answer and review up to `until` (without id and time). */
export function compactionEvent(events: readonly ProgressEvent[], until: number): Omit<CompactedEvent, 'id' | 'at'> {
  const covered = events.filter((e) => e.at <= until || e.type === 'compacted');
  const cards = Object.fromEntries([...deriveCards(covered)].map(([id, s]) => [id, toSnapshot(s)]));
  const questions = Object.fromEntries(questionHistory(covered));
  const previous = latestSnapshot(events);
  return { type: 'compacted', until: Math.max(until, previous?.until ?? 0), cards, questions };
}

/** Whether the log is large enough to compact, and up to when. */
export function compactionDue(events: readonly ProgressEvent[], now: number): number | null {
  if (events.length < COMPACT_AFTER_EVENTS) return null;
  const until = now - KEEP_DAYS * 86_400_000;
  return events.some((e) => (e.type === 'answered' || e.type === 'reviewed') && e.at <= until) ? until : null;
}
