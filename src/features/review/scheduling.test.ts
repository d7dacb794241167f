import { describe, expect, it } from 'vitest';
import type { Question } from '@/engine/question-types';
import type { ProgressEvent } from '@/learning/progress-events';
import { ratingFor, recordAnswer, recordReview } from '@/features/quiz/record-answer';
import { deriveCards } from '@/learning/card-state';

const question = { id: 'q-a' } as Question;

/** A stand-in for the store's `record` that keeps events with increasing ids and times. */
function fakeLog(start: number) {
  const events: ProgressEvent[] = [];
  let clock = start;
  const record = async (e: object) => {
    events.push({ ...e, id: `e${events.length}`, at: clock } as ProgressEvent);
  };
  return { events, record, advance: (ms: number) => (clock += ms) };
}

describe('FSRS scheduling through the study modes', () => {
  it('rates a wrong answer Again and a right one with the learner’s own rating', () => {
    expect(ratingFor(false, 4)).toBe(1);
    expect(ratingFor(true)).toBe(3);
    expect(ratingFor(true, 2)).toBe(2);
    expect(ratingFor(true, 4)).toBe(4);
  });

  it('turns each answer into a card whose next review is later the better it went', async () => {
    const t0 = Date.UTC(2026, 10, 1);
    const dueAfter = async (correct: boolean, self: 2 | 3 | 4) => {
      const log = fakeLog(t0);
      await recordAnswer(log.record, { question, answer: ['a'], correct, ms: 1000, mode: 'quiz' });
      await recordReview(log.record, question.id, ratingFor(correct, self));
      expect(log.events.map((e) => e.type)).toEqual(['answered', 'reviewed']);
      return deriveCards(log.events).get('q-a')!.card.due.getTime();
    };
    const again = await dueAfter(false, 3);
    const hard = await dueAfter(true, 2);
    const good = await dueAfter(true, 3);
    const easy = await dueAfter(true, 4);
    expect(again).toBeLessThanOrEqual(hard);
    expect(hard).toBeLessThan(good);
    expect(good).toBeLessThan(easy);
  });

  it('grows the interval with each successful review and shrinks it after a lapse', async () => {
    const log = fakeLog(Date.UTC(2026, 10, 1));
    const DAY = 86_400_000;
    const intervals: number[] = [];
    for (const rating of [3, 3, 3, 1] as const) {
      await recordReview(log.record, 'q-a', rating);
      const card = deriveCards(log.events).get('q-a')!.card;
      intervals.push(card.due.getTime() - (log.events.at(-1)?.at ?? 0));
      log.advance(Math.max(DAY, card.due.getTime() - (log.events.at(-1)?.at ?? 0)));
    }
    expect(intervals[1]).toBeGreaterThan(intervals[0]!);
    expect(intervals[2]).toBeGreaterThan(intervals[1]!);
    expect(intervals[3]).toBeLessThan(intervals[2]!);
  });
});
