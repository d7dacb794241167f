// Spaced-repetition cards, derived from the progress log: each question's FSRS card is the replay of its
// `reviewed` events with ts-fsrs. Nothing about cards is stored, so merging logs from tabs or imports is enough.
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { ProgressEvent } from '@/features/progress/progress-events';

/** Fuzz is off so the same log always gives the same schedule (tests, several tabs, import/export). */
export const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

export interface CardState {
  questionId: string;
  card: Card;
  /** Number of reviews replayed into the card. */
  reviews: number;
  lastReviewedAt: number;
}

/** Replays every `reviewed` event, in log order, into one FSRS card per question. */
export function deriveCards(events: readonly ProgressEvent[]): Map<string, CardState> {
  const cards = new Map<string, CardState>();
  for (const event of events) {
    if (event.type !== 'reviewed') continue;
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
