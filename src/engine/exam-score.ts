// Scoring an exam simulation. AWS does not publish how raw scores become scaled ones, so this is an estimate.
import { DOMAIN_SLUGS, LAYER_SLUGS, type Domain, type LayerSlug } from '@/content/constants';
import type { Question } from './registry';
import { isAnswerCorrect, type Answer } from './question-types';

export const PASS_SCORE = 750;
/** The share of questions right assumed to match the pass mark of 750 (an assumption: the real cut is not public). */
export const PASS_FRACTION = 0.72;

/** A scaled score (100–1,000) from the share of questions right: linear up to the pass mark, then to 1,000. */
export function scaledScore(right: number, total: number): number {
  if (total <= 0) return 100;
  const f = Math.min(1, Math.max(0, right / total));
  const score = f <= PASS_FRACTION ? 100 + (f / PASS_FRACTION) * (PASS_SCORE - 100) : PASS_SCORE + ((f - PASS_FRACTION) / (1 - PASS_FRACTION)) * (1000 - PASS_SCORE);
  return Math.round(score);
}

export interface Tally {
  right: number;
  total: number;
}

export interface ExamScore {
  right: number;
  total: number;
  scaled: number;
  passed: boolean;
  byDomain: Record<Domain, Tally>;
  byLayer: Record<LayerSlug, Tally>;
  correct: Map<string, boolean>;
}

const tallies = <K extends string>(keys: readonly K[]): Record<K, Tally> => Object.fromEntries(keys.map((k) => [k, { right: 0, total: 0 }])) as Record<K, Tally>;

/**
 * The one exam score, used by the result page, the dashboard and its chart: every question all-or-nothing, an
 * unanswered one wrong (as on the real exam), a question id no longer in the bank wrong too; with a breakdown by
 * domain and by layer.
 */
export function scoreExam(questions: readonly (Question | string)[], answers: ReadonlyMap<string, Answer>): ExamScore {
  const byDomain = tallies(DOMAIN_SLUGS);
  const byLayer = tallies(LAYER_SLUGS);
  const correct = new Map<string, boolean>();
  for (const q of questions) {
    if (typeof q === 'string') {
      correct.set(q, false);
      continue;
    }
    const ok = isAnswerCorrect(q, answers.get(q.id) ?? []);
    correct.set(q.id, ok);
    for (const t of [byDomain[q.domain], byLayer[q.layer]]) {
      t.total += 1;
      t.right += ok ? 1 : 0;
    }
  }
  const right = [...correct.values()].filter(Boolean).length;
  const scaled = scaledScore(right, questions.length);
  return { right, total: questions.length, scaled, passed: scaled >= PASS_SCORE, byDomain, byLayer, correct };
}
