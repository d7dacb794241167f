import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAINS, DOMAIN_SLUGS, type Domain } from '@/content/constants';
import type { Question } from '@/engine/question-types';
import { domainQuotas, drawExam, EXAM_QUESTIONS, freshExamsLeft } from './exam-draw';

const question = (id: string, domain: Domain): Question => ({
  id, domain, layer: 'network', topic: 't', skill: null, difficulty: 'medium', teaches: { layer: 'network', topic: 't', section: 's' }, stem: [], explanation: [], type: 'single', options: [],
});

/** A bank with `sizes[i]` questions in domain i. */
const bank = (sizes: number[]): Question[] => DOMAIN_SLUGS.flatMap((d, i) => Array.from({ length: sizes[i] ?? 0 }, (_, n) => question(`${d}-${n}`, d)));

describe('domainQuotas', () => {
  it('gives the SCS-C03 split for 65 questions', () => {
    expect(domainQuotas(65)).toEqual({ detection: 10, 'incident-response': 9, 'infrastructure-security': 12, iam: 13, 'data-protection': 12, governance: 9 });
  });
});

describe('drawExam (property-based)', () => {
  it('draws 65 distinct questions, each domain within one question of its weight, for any seed and bank', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer({ min: 40, max: 140 }), { minLength: 6, maxLength: 6 }), (seed, sizes) => {
        const drawn = drawExam(bank(sizes), seed);
        expect(drawn).toHaveLength(EXAM_QUESTIONS);
        expect(new Set(drawn.map((q) => q.id)).size).toBe(EXAM_QUESTIONS);
        for (const d of DOMAIN_SLUGS) {
          const count = drawn.filter((q) => q.domain === d).length;
          expect(Math.abs(count - (EXAM_QUESTIONS * DOMAINS[d].weight) / 100)).toBeLessThanOrEqual(1);
        }
        expect(drawExam(bank(sizes), seed).map((q) => q.id)).toEqual(drawn.map((q) => q.id));
      }),
      { numRuns: 200 },
    );
  });

  it('fills a short domain from the others and never repeats a question', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 6, maxLength: 6 }), (seed, sizes) => {
        const pool = bank(sizes);
        const drawn = drawExam(pool, seed);
        expect(drawn).toHaveLength(Math.min(EXAM_QUESTIONS, pool.length));
        expect(new Set(drawn.map((q) => q.id)).size).toBe(drawn.length);
      }),
    );
  });
});

describe('drawExam with earlier exams', () => {
  it('draws no question the learner has met while each domain still has enough unseen ones', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 4 }), (seed, earlier) => {
        const pool = bank([60, 54, 72, 78, 72, 54]); // six exams' worth
        const seen = new Set<string>();
        for (let i = 0; i < earlier; i++) for (const q of drawExam(pool, `${seed}:${i}`, EXAM_QUESTIONS, seen)) seen.add(q.id);
        expect(seen.size).toBe(earlier * EXAM_QUESTIONS);
        const next = drawExam(pool, `${seed}:next`, EXAM_QUESTIONS, seen);
        expect(next.filter((q) => seen.has(q.id))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('comes back to seen questions only when a domain runs out, and counts the exams left', () => {
    const pool = bank([12, 9, 12, 13, 12, 9]); // detection has two spare questions
    const first = drawExam(pool, 'a', EXAM_QUESTIONS);
    const seen = new Set(first.map((q) => q.id));
    expect(freshExamsLeft(pool, new Set())).toBe(1);
    expect(freshExamsLeft(pool, seen)).toBe(0);
    const second = drawExam(pool, 'b', EXAM_QUESTIONS, seen);
    const fresh = second.filter((q) => !seen.has(q.id));
    // Every unseen question is drawn before any seen one.
    expect(fresh.length).toBe(pool.length - seen.size);
  });
});
