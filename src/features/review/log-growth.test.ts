// How large the progress log grows for a year of daily study, measured in the format it is stored in.
import { describe, expect, it } from 'vitest';
import { mergeEvents, newEventId } from '@/learning/event-log';
import { CURRENT_VERSION, storedProgressSchema, type ProgressEvent } from '@/learning/progress-events';
import { questionHistory } from '@/learning/history';
import { deriveCards } from '@/learning/card-state';
import { compactionDue, compactionEvent } from '@/learning/compaction';

const DAY = 86_400_000;
/** A realistic question id from the course (they run 20–40 characters). */
const qid = (n: number) => `l5-cognito-identity-pool-role-${n % 474}`;

/** A year of study: 40 questions a day (answer + review), an exam every two weeks, every topic opened daily. */
function yearOfStudy(perDay: number): ProgressEvent[] {
  const events: ProgressEvent[] = [];
  const t0 = Date.UTC(2026, 0, 1);
  for (let day = 0; day < 365; day++) {
    const at = t0 + day * DAY;
    events.push({ id: newEventId(), at, type: 'topic-opened', topic: 'session/amazon-cognito' });
    for (let i = 0; i < perDay; i++) {
      const questionId = qid(day * perDay + i);
      events.push({ id: newEventId(), at: at + i, type: 'answered', questionId, chosen: ['o2', 'o4'], correct: i % 3 !== 0, ms: 48_000, mode: 'review' });
      events.push({ id: newEventId(), at: at + i, type: 'reviewed', questionId, rating: i % 3 ? 3 : 1 });
    }
    if (day % 14 === 0) {
      const exam = newEventId();
      const questionIds = Array.from({ length: 65 }, (_, i) => qid(i + day));
      events.push({ id: newEventId(), at, type: 'exam-started', exam, questionIds, durationMs: 170 * 60_000 });
      for (const questionId of questionIds) events.push({ id: newEventId(), at, type: 'exam-answered', exam, questionId, chosen: ['o1'], flagged: false });
      events.push({ id: newEventId(), at, type: 'exam-submitted', exam, reason: 'submitted' });
      for (const questionId of questionIds) events.push({ id: newEventId(), at, type: 'answered', questionId, chosen: ['o1'], correct: true, ms: 150_000, mode: 'exam', session: exam });
    }
  }
  return events;
}

describe('progress log growth', () => {
  const size = (events: ProgressEvent[]) => JSON.stringify({ app: 'seven-layers', version: CURRENT_VERSION, events }).length;

  it('outgrows localStorage in a year without compaction, and fits well within it with compaction', () => {
    const events = yearOfStudy(40);
    const raw = size(events);
    console.info(`a year at 40 questions a day + an exam every 2 weeks: ${events.length} events, ${(raw / 1e6).toFixed(2)} M characters uncompacted`);
    expect(raw).toBeGreaterThan(5e6);
    const now = (events.at(-1)?.at ?? 0) + 1;
    const until = compactionDue(events, now);
    expect(until).not.toBeNull();
    const snapshot = { ...compactionEvent(events, until!), id: 'snap', at: now } as ProgressEvent;
    const compacted = mergeEvents(events, [snapshot]);
    const stored = JSON.stringify({ app: 'seven-layers', version: CURRENT_VERSION, events: compacted });
    expect(storedProgressSchema.safeParse(JSON.parse(stored)).success).toBe(true);
    console.info(`after compacting all but the last 90 days: ${compacted.length} events, ${(stored.length / 1e6).toFixed(2)} M characters`);
    // localStorage gives an origin about 5 M characters; a compacted year stays under half of it.
    expect(stored.length).toBeLessThan(2.5e6);
  });

  it('keeps every card’s FSRS state and every question’s totals through compaction and later merges', () => {
    const events = mergeEvents(yearOfStudy(40), []); // in log order, as stored
    const now = (events.at(-1)?.at ?? 0) + 1;
    const snapshot = { ...compactionEvent(events, now - 90 * DAY), id: 'snap', at: now } as ProgressEvent;
    const compacted = mergeEvents(events, [snapshot]);
    const comparable = (m: ReturnType<typeof deriveCards>) => [...m].map(([id, c]) => [id, c.card.due.getTime(), c.card.stability, c.card.difficulty, c.card.reps, c.card.lapses, c.reviews]);
    expect(comparable(deriveCards(compacted))).toEqual(comparable(deriveCards(events)));
    expect([...questionHistory(compacted)]).toEqual([...questionHistory(events)]);
    // Another tab still holding the old events merges them back in: they stay covered by the snapshot.
    const remerged = mergeEvents(events, compacted);
    expect(remerged.length).toBe(compacted.length);
    expect([...questionHistory(remerged)]).toEqual([...questionHistory(events)]);
  });
});
