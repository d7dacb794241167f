// The SCS-C03 format, shared by the exam simulator and the course rules that size the question bank.
import { DOMAINS, DOMAIN_SLUGS, type Domain } from './constants.ts';

export const EXAM_QUESTIONS = 65;
export const EXAM_MINUTES = 170;
/** How many distinct weight-matched exams the bank must hold before a question repeats. */
export const DISTINCT_EXAMS = 10;

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

/** Questions each domain needs for DISTINCT_EXAMS exams without a repeat (100/90/120/130/120/90). */
export const bankTargets = (): Record<Domain, number> => {
  const quotas = domainQuotas();
  return Object.fromEntries(DOMAIN_SLUGS.map((d) => [d, quotas[d] * DISTINCT_EXAMS])) as Record<Domain, number>;
};
