// Exam-day readiness: each card's recall projected to the exam date with FSRS, weighted by the exam's domain
// weights. Questions never answered count as 0 recall: the forecast only trusts what has been practised.
import { Rating } from 'ts-fsrs';
import { DOMAINS, DOMAIN_SLUGS, LAYER_SLUGS, type Domain, type LayerSlug } from '@/content/constants';
import { BLUEPRINT_SKILLS, BLUEPRINT_TASKS, taskOfSkill } from '@/content/blueprint';
import type { Question } from '@/engine/question-types';
import { retrievability, scheduler, type CardState } from '@/learning/card-state';

export { selectExamDate } from '@/learning/event-log';

type QuestionRef = Pick<Question, 'id' | 'domain' | 'layer'> & { skill?: string | null };

export interface ReadinessPart {
  /** Weighted mean projected recall, 0–1. */
  recall: number;
  questions: number;
  practised: number;
}

export interface Readiness {
  overall: number;
  byDomain: Record<Domain, ReadinessPart>;
  byLayer: Record<LayerSlug, ReadinessPart>;
  /** By task statement of the outline ("4.2"), and by skill ("4.2.5"). */
  byTask: Record<string, ReadinessPart>;
  bySkill: Record<string, ReadinessPart>;
}

/** The exam date as a moment: 09:00 UTC on that day (a typical morning sitting). */
export const examMoment = (date: string): Date => new Date(`${date}T09:00:00Z`);

/** A question's share of the exam: its domain's weight split evenly over the domain's questions. */
export function questionWeights(questions: readonly QuestionRef[]): Map<string, number> {
  const perDomain = new Map<Domain, number>();
  for (const q of questions) perDomain.set(q.domain, (perDomain.get(q.domain) ?? 0) + 1);
  const present = DOMAIN_SLUGS.filter((d) => perDomain.has(d));
  const total = present.reduce((n, d) => n + DOMAINS[d].weight, 0);
  return new Map(questions.map((q) => [q.id, DOMAINS[q.domain].weight / total / (perDomain.get(q.domain) ?? 1)]));
}

/** Projected recall of one question on the exam date (0 when it was never reviewed). */
export const projectedRecall = (card: CardState | undefined, exam: Date): number => (card ? retrievability(card, exam) : 0);

function summarise<K extends string>(keys: readonly K[], questions: readonly QuestionRef[], keyOf: (q: QuestionRef) => K | null, recall: (q: QuestionRef) => number, weights: Map<string, number>, cards: Map<string, CardState>): Record<K, ReadinessPart> {
  const parts = Object.fromEntries(keys.map((k) => [k, { recall: 0, questions: 0, practised: 0, weight: 0 }])) as Record<K, ReadinessPart & { weight: number }>;
  for (const q of questions) {
    const key = keyOf(q);
    const part = key === null ? undefined : parts[key];
    if (!part) continue;
    const w = weights.get(q.id) ?? 0;
    part.recall += w * recall(q);
    part.weight += w;
    part.questions += 1;
    part.practised += cards.has(q.id) ? 1 : 0;
  }
  return Object.fromEntries(keys.map((k) => [k, { recall: parts[k].weight ? parts[k].recall / parts[k].weight : 0, questions: parts[k].questions, practised: parts[k].practised }])) as Record<K, ReadinessPart>;
}

/** Readiness on the exam date: overall (domain-weighted), by domain and by OSI layer. */
export function projectReadiness(questions: readonly QuestionRef[], cards: Map<string, CardState>, exam: Date): Readiness {
  const weights = questionWeights(questions);
  const recall = (q: QuestionRef) => projectedRecall(cards.get(q.id), exam);
  const overall = questions.reduce((n, q) => n + (weights.get(q.id) ?? 0) * recall(q), 0);
  return {
    overall,
    byDomain: summarise(DOMAIN_SLUGS, questions, (q) => q.domain, recall, weights, cards),
    byLayer: summarise(LAYER_SLUGS, questions, (q) => q.layer, recall, weights, cards),
    byTask: summarise(BLUEPRINT_TASKS.map((t) => t.id), questions, (q) => (q.skill ? taskOfSkill(q.skill) : null), recall, weights, cards),
    bySkill: summarise(BLUEPRINT_SKILLS.map((k) => k.id), questions, (q) => q.skill ?? null, recall, weights, cards),
  };
}

/** How much reviewing a card now (rated Good) raises exam-day readiness: its weight times the recall gained. */
export function reviewGain(card: CardState, weight: number, now: Date, exam: Date): number {
  const after = scheduler.next(card.card, now, Rating.Good).card;
  const gained = scheduler.get_retrievability(after, exam, false) - retrievability(card, exam);
  return weight * gained;
}

/** Reviews between now and the exam if every card is answered Good when due: what keeps the learner on track. */
export function reviewsUntil(cards: Iterable<CardState>, now: Date, exam: Date): number {
  let reviews = 0;
  for (const state of cards) {
    let card = state.card;
    let at = card.due.getTime() < now.getTime() ? now : card.due;
    // Cap the walk: a card reviewed every day for a long run-up still ends; real intervals grow quickly.
    for (let i = 0; i < 60 && at.getTime() <= exam.getTime(); i++) {
      reviews++;
      card = scheduler.next(card, at, Rating.Good).card;
      at = card.due;
    }
  }
  return reviews;
}

/** Whole days from now until the exam (at least 1). */
export const daysUntil = (now: Date, exam: Date): number => Math.max(1, Math.ceil((exam.getTime() - now.getTime()) / 86_400_000));
