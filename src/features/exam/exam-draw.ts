// The SCS-C03 format: 65 questions drawn across the six domains in proportion to their weights.
import { DOMAINS, DOMAIN_SLUGS, type Domain } from '@/content/constants';
import type { Question } from '@/content/model';
import { seededShuffle } from '@/features/quiz/seeded-random';

export const EXAM_QUESTIONS = 65;
export const EXAM_MINUTES = 170;

/** Questions per domain for `total` questions: largest remainder of the weights (65 → 10/9/12/13/12/9). */
export function domainQuotas(total: number = EXAM_QUESTIONS): Record<Domain, number> {
  const exact = DOMAIN_SLUGS.map((d) => ({ d, x: (total * DOMAINS[d].weight) / 100 }));
  const quotas = Object.fromEntries(exact.map(({ d, x }) => [d, Math.floor(x)])) as Record<Domain, number>;
  let left = total - Object.values(quotas).reduce((a, b) => a + b, 0);
  for (const { d } of [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)))) {
    if (left-- <= 0) break;
    quotas[d] += 1;
  }
  return quotas;
}

/**
 * Draws an exam: each domain's quota from its questions (seeded), then the whole list shuffled. A domain with
 * too few questions gives all it has, and the shortfall is filled from the other domains.
 */
export function drawExam(pool: readonly Question[], seed: string, total: number = EXAM_QUESTIONS): Question[] {
  const quotas = domainQuotas(total);
  const byDomain = new Map<Domain, Question[]>(DOMAIN_SLUGS.map((d) => [d, seededShuffle(pool.filter((q) => q.domain === d), `${seed}:${d}`)]));
  const drawn = DOMAIN_SLUGS.flatMap((d) => byDomain.get(d)?.slice(0, quotas[d]) ?? []);
  const taken = new Set(drawn.map((q) => q.id));
  const rest = seededShuffle(pool.filter((q) => !taken.has(q.id)), `${seed}:rest`);
  return seededShuffle([...drawn, ...rest.slice(0, Math.max(0, total - drawn.length))], `${seed}:order`);
}
