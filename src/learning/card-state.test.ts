import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from './progress-events';
import { deriveCards, dueCards, retrievability } from './card-state';

const DAY = 86_400_000;
const review = (id: string, questionId: string, at: number, rating: 1 | 2 | 3 | 4): ProgressEvent => ({ id, at, type: 'reviewed', questionId, rating });

describe('deriveCards', () => {
  it('replays reviews into FSRS cards, deterministically', () => {
    const t0 = Date.UTC(2026, 0, 1);
    const log = [review('1', 'q-a', t0, 3), review('2', 'q-b', t0, 1), review('3', 'q-a', t0 + 3 * DAY, 3)];
    const cards = deriveCards(log);
    expect(cards.get('q-a')?.reviews).toBe(2);
    expect(cards.get('q-b')?.reviews).toBe(1);
    expect(deriveCards(log).get('q-a')?.card.due.getTime()).toBe(cards.get('q-a')?.card.due.getTime());
    // A failed card comes back sooner than a passed one.
    expect(cards.get('q-b')!.card.due.getTime()).toBeLessThan(cards.get('q-a')!.card.due.getTime());
  });

  it('gives recall that falls with time and due cards in order', () => {
    const t0 = Date.UTC(2026, 0, 1);
    const cards = deriveCards([review('1', 'q-a', t0, 3)]);
    const card = cards.get('q-a')!;
    const soon = retrievability(card, new Date(t0 + DAY));
    const later = retrievability(card, new Date(t0 + 30 * DAY));
    expect(soon).toBeGreaterThan(later);
    expect(soon).toBeLessThanOrEqual(1);
    expect(dueCards(cards, new Date(t0))).toHaveLength(0);
    expect(dueCards(cards, new Date(t0 + 60 * DAY)).map((c) => c.questionId)).toEqual(['q-a']);
  });
});
