// Spaced-repetition cards, derived from the progress log: each question's FSRS card is the replay of its
// `reviewed` events with ts-fsrs. Nothing about cards is stored, so merging logs from tabs or imports is enough.
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import { latestSnapshot } from './event-log';
import type { CardSnapshot, ProgressEvent } from './progress-events';

/** Fuzz is off so the same log always gives the same schedule (tests, several tabs, import/export). */
export const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

export interface CardState {
  questionId: string;
  card: Card;
  /** Number of reviews replayed into the card. */
  reviews: number;
  lastReviewedAt: number;
}

const fromSnapshot = (questionId: string, s: CardSnapshot): CardState => ({
  questionId,
  card: { ...s, due: new Date(s.due), last_review: s.last_review === null ? undefined : new Date(s.last_review), state: s.state as Card['state'] },
  reviews: s.reviews,
  lastReviewedAt: s.lastReviewedAt,
});

/** Replays every `reviewed` event, in log order, into one FSRS card per question (from the latest snapshot on). */
export function deriveCards(events: readonly ProgressEvent[]): Map<string, CardState> {
  const snapshot = latestSnapshot(events);
  const cards = new Map<string, CardState>(Object.entries(snapshot?.cards ?? {}).map(([id, s]) => [id, fromSnapshot(id, s)]));
  for (const event of events) {
    if (event.type !== 'reviewed' || (snapshot && event.at <= snapshot.until)) continue;
    const current = cards.get(event.questionId);
    const card: Card = current?.card ?? createEmptyCard<Card>(new Date(event.at));
    const next = scheduler.next(card, new Date(event.at), event.rating as Grade).card;
    cards.set(event.questionId, { questionId: event.questionId, card: next, reviews: (current?.reviews ?? 0) + 1, lastReviewedAt: event.at });
  }
  return cards;
}

/** Probability (0–1) that the learner recalls the card's question at `when`. */
export function retrievability(state: CardState, when: Date): number {
  return scheduler.get_retrievability(state.card, when, false);
}

/** Cards due at `now`, most overdue first. */
export function dueCards(cards: Map<string, CardState>, now: Date): CardState[] {
  return [...cards.values()].filter((c) => c.card.due.getTime() <= now.getTime()).sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
}
