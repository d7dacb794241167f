import { describe, expect, it } from 'vitest';
import type { Question } from '@/content/model';
import { correctAnswer, initialAnswer, isAnswerComplete, isAnswerCorrect, presentQuestion } from './question-types';
import { seededShuffle } from './seeded-random';

const base = { layer: 'application' as const, topic: 'waf', domain: 'detection' as const, skill: null, difficulty: 'easy' as const, teaches: { layer: 'application' as const, topic: 'waf', section: 's' }, stem: [], explanation: [] };
const text = (value: string) => [{ type: 'text' as const, value }];
const single: Question = { ...base, id: 'q-single', type: 'single', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: text(id), correct: id === 'b', explanation: [] })) };
const multiple: Question = { ...base, id: 'q-multiple', type: 'multiple', options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: text(id), correct: id === 'a' || id === 'c', explanation: [] })) };
const ordering: Question = { ...base, id: 'q-ordering', type: 'ordering', steps: ['s1', 's2', 's3'].map((id) => ({ id, text: text(id), explanation: [] })) };
const matching: Question = {
  ...base,
  id: 'q-matching',
  type: 'matching',
  pairs: [
    { id: 'p1', prompt: text('SQLi'), answer: 'WAF', explanation: [] },
    { id: 'p2', prompt: text('SYN'), answer: 'Shield', explanation: [] },
    { id: 'p3', prompt: text('XSS'), answer: 'WAF', explanation: [] },
  ],
  answers: ['WAF', 'Shield'],
};

describe('all-or-nothing scoring', () => {
  it('multiple choice: only the right option', () => {
    expect(isAnswerCorrect(single, ['b'])).toBe(true);
    expect(isAnswerCorrect(single, ['a'])).toBe(false);
    expect(isAnswerCorrect(single, [])).toBe(false);
    expect(isAnswerCorrect(single, ['b', 'a'])).toBe(false);
  });

  it('multiple response: exactly the right set, in any order; one missing or one extra is wrong', () => {
    expect(isAnswerCorrect(multiple, ['c', 'a'])).toBe(true);
    expect(isAnswerCorrect(multiple, ['a'])).toBe(false);
    expect(isAnswerCorrect(multiple, ['a', 'c', 'e'])).toBe(false);
    expect(isAnswerCorrect(multiple, ['a', 'a'])).toBe(false);
    expect(isAnswerComplete(multiple, ['a'])).toBe(false);
    expect(isAnswerComplete(multiple, ['a', 'e'])).toBe(true);
  });

  it('ordering: every step in place, or nothing', () => {
    expect(isAnswerCorrect(ordering, ['s1', 's2', 's3'])).toBe(true);
    expect(isAnswerCorrect(ordering, ['s1', 's3', 's2'])).toBe(false);
    expect(isAnswerCorrect(ordering, ['s1', 's2'])).toBe(false);
  });

  it('matching: every prompt matched right, or nothing', () => {
    expect(isAnswerCorrect(matching, ['p1=WAF', 'p2=Shield', 'p3=WAF'])).toBe(true);
    expect(isAnswerCorrect(matching, ['p1=WAF', 'p2=WAF', 'p3=WAF'])).toBe(false);
    expect(isAnswerCorrect(matching, ['p1=WAF', 'p2=Shield'])).toBe(false);
    expect(isAnswerComplete(matching, ['p1=WAF', 'p2=Shield'])).toBe(false);
  });

  it('the right answer of every type scores as right', () => {
    for (const q of [single, multiple, ordering, matching]) expect(isAnswerCorrect(q, correctAnswer(q))).toBe(true);
  });
});

describe('seeded presentation', () => {
  it('gives the same order for the same seed and a permutation of the options', () => {
    expect(presentQuestion(multiple, 'x')).toEqual(presentQuestion(multiple, 'x'));
    expect([...presentQuestion(multiple, 'x').order].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const orders = new Set(['1', '2', '3', '4', '5', '6', '7', '8'].map((s) => presentQuestion(multiple, s).order.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never starts an ordering question in the right order', () => {
    for (let i = 0; i < 50; i++) {
      const start = initialAnswer(ordering, presentQuestion(ordering, `seed-${i}`));
      expect(isAnswerCorrect(ordering, start)).toBe(false);
      expect([...start].sort()).toEqual(['s1', 's2', 's3']);
    }
  });

  it('shuffles without losing or repeating items', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = seededShuffle(items, 'abc');
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(seededShuffle(items, 'abc')).toEqual(shuffled);
  });
});
