// The SCS-C03 format: 65 questions drawn across the six domains in proportion to their weights.
import { DOMAIN_SLUGS, type Domain } from '@/content/constants';
import { domainQuotas, EXAM_QUESTIONS } from '@/content/exam-format';
import type { Question } from '@/engine/question-types';
import { seededShuffle } from '@/engine/seeded-random';

export { EXAM_MINUTES, EXAM_QUESTIONS, domainQuotas } from '@/content/exam-format';

/**
 * Draws an exam: each domain's quota from its questions (seeded), then the whole list shuffled. Questions the
 * learner met in earlier exams (`seen`) come only after the domain's unseen ones run out. A domain with too few
 * questions gives all it has, and the shortfall is filled from the other domains.
 */
export function drawExam(pool: readonly Question[], seed: string, total: number = EXAM_QUESTIONS, seen: ReadonlySet<string> = new Set()): Question[] {
  const quotas = domainQuotas(total);
  const freshFirst = (questions: Question[], salt: string): Question[] => [
    ...seededShuffle(questions.filter((q) => !seen.has(q.id)), `${seed}:${salt}`),
    ...seededShuffle(questions.filter((q) => seen.has(q.id)), `${seed}:${salt}:seen`),
  ];
  const byDomain = new Map<Domain, Question[]>(DOMAIN_SLUGS.map((d) => [d, freshFirst(pool.filter((q) => q.domain === d), d)]));
  const drawn = DOMAIN_SLUGS.flatMap((d) => byDomain.get(d)?.slice(0, quotas[d]) ?? []);
  const taken = new Set(drawn.map((q) => q.id));
  const rest = freshFirst(pool.filter((q) => !taken.has(q.id)), 'rest');
  return seededShuffle([...drawn, ...rest.slice(0, Math.max(0, total - drawn.length))], `${seed}:order`);
}

/** How many more weight-matched exams the bank can draw before a question the learner has met comes back. */
export function freshExamsLeft(pool: readonly Question[], seen: ReadonlySet<string>, total: number = EXAM_QUESTIONS): number {
  const quotas = domainQuotas(total);
  return Math.min(...DOMAIN_SLUGS.map((d) => Math.floor(pool.filter((q) => q.domain === d && !seen.has(q.id)).length / Math.max(1, quotas[d]))));
}
