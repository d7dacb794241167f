import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '@/learning/progress-events';
import { deriveCards, dueCards } from '@/learning/card-state';
import { examMoment, projectReadiness, projectedRecall, reviewGain, reviewsUntil } from './readiness';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 10, 29, 9); // 09:00 UTC, the same time of day as examMoment
const review = (n: number, questionId: string, at: number, rating: 1 | 2 | 3 | 4): ProgressEvent => ({ id: `r${n}`, at, type: 'reviewed', questionId, rating });

/** FSRS-6 forgetting curve by hand: R(t, S) = (1 + F·t/S)^−d with d = 0.1542 and F = 0.9^(−1/d) − 1. */
function handRecall(days: number, stability: number): number {
  const decay = 0.1542;
  const factor = Math.pow(0.9, -1 / decay) - 1;
  return Math.pow(1 + (factor * days) / stability, -decay);
}

describe('projected recall', () => {
  it('matches the hand-computed FSRS curve for a card learnt once (Good: S = w2 = 2.3065 days)', () => {
    const cards = deriveCards([review(1, 'q1', t0, 3)]);
    const card = cards.get('q1')!;
    expect(card.card.stability).toBeCloseTo(2.3065, 4);
    const exam = new Date(t0 + 10 * DAY);
    expect(projectedRecall(card, exam)).toBeCloseTo(handRecall(10, 2.3065), 4);
    expect(projectedRecall(card, exam)).toBeCloseTo(0.7744, 3); // (1 + 0.98046·10/2.3065)^−0.1542
    expect(projectedRecall(undefined, exam)).toBe(0);
  });

  it('weights domains by the exam guide and counts unseen questions as 0', () => {
    const questions = [
      { id: 'q1', domain: 'detection', layer: 'network' },
      { id: 'q2', domain: 'iam', layer: 'session' },
    ] as const;
    const cards = deriveCards([review(1, 'q1', t0, 3)]);
    const exam = new Date(t0 + 10 * DAY);
    const r = projectReadiness(questions, cards, exam);
    const q1 = handRecall(10, 2.3065);
    expect(r.byDomain.detection.recall).toBeCloseTo(q1, 4);
    expect(r.byDomain.iam.recall).toBe(0);
    expect(r.byDomain.iam.practised).toBe(0);
    // Only detection (16) and IAM (20) have questions here: detection is 16/36 of the forecast.
    expect(r.overall).toBeCloseTo((16 / 36) * q1, 4);
    expect(r.byLayer.network.recall).toBeCloseTo(q1, 4);
    expect(r.byLayer.session.recall).toBe(0);
  });
});

describe('review planning', () => {
  it('puts first the due card whose review raises exam-day recall most', () => {
    const cards = deriveCards([review(1, 'weak', t0, 1), review(2, 'strong', t0, 4)]);
    const now = new Date(t0 + 40 * DAY);
    const exam = examMoment('2027-01-20');
    const due = dueCards(cards, now);
    expect(due.map((c) => c.questionId).sort()).toEqual(['strong', 'weak']);
    const gain = (id: string) => reviewGain(cards.get(id)!, 1, now, exam);
    expect(gain('weak')).toBeGreaterThan(0);
    expect(gain('weak')).toBeGreaterThan(gain('strong'));
  });

  it('counts the reviews left before the exam, more for a later exam', () => {
    const cards = deriveCards([review(1, 'a', t0, 3), review(2, 'b', t0, 3)]);
    const now = new Date(t0 + DAY);
    const soon = reviewsUntil(cards.values(), now, new Date(t0 + 7 * DAY));
    const later = reviewsUntil(cards.values(), now, new Date(t0 + 90 * DAY));
    expect(soon).toBeGreaterThanOrEqual(2);
    expect(later).toBeGreaterThan(soon);
  });
});
