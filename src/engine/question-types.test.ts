import { describe, expect, it } from 'vitest';
import { registry, type Question } from './registry';
import fc from 'fast-check';
import { answerConfusions, answerVerdicts, correctAnswer, initialAnswer, isAnswerComplete, isAnswerCorrect, pickByKey, presentQuestion } from './question-types';
import { decodeMatching, encodeMatching } from './types/matching/index';
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

describe('per-part verdicts', () => {
  it('multiple choice: right options are right, a wrong choice is wrong, the rest neutral', () => {
    const v = answerVerdicts(multiple, ['a', 'b']);
    expect([...v].map(([id, x]) => `${id}:${x.state}:${x.chosen}`)).toEqual(['a:right:true', 'b:wrong:true', 'c:right:false', 'd:neutral:false', 'e:neutral:false']);
  });

  it('ordering: by step, in place or where it belongs', () => {
    const v = answerVerdicts(ordering, ['s2', 's1', 's3']);
    expect(v.get('s1')).toEqual({ state: 'wrong', chosen: true, expected: '1' });
    expect(v.get('s3')).toEqual({ state: 'right', chosen: true, expected: '3' });
  });

  it('matching: by pair; an unmatched prompt is wrong', () => {
    const v = answerVerdicts(matching, ['p1=WAF', 'p2=WAF']);
    expect([...v].map(([id, x]) => `${id}:${x.state}:${x.chosen}:${x.expected}`)).toEqual(['p1:right:true:WAF', 'p2:wrong:true:Shield', 'p3:wrong:false:WAF']);
  });

  // The inputs draw these verdicts and the engine grades: both must say the same thing.
  it('an answer is right exactly when no part is wrong and every right part is chosen', () => {
    const agree = (q: Question, a: string[]) => {
      const parts = [...answerVerdicts(q, a).values()];
      expect(isAnswerCorrect(q, a)).toBe(parts.every((p) => p.state === 'neutral' || (p.state === 'right' && p.chosen)));
    };
    fc.assert(fc.property(fc.subarray(['a', 'b', 'c', 'd', 'e']), (a) => agree(multiple, a)));
    fc.assert(fc.property(fc.subarray(['a', 'b', 'c', 'd'], { maxLength: 1 }), (a) => agree(single, a)));
    fc.assert(fc.property(fc.shuffledSubarray(['s1', 's2', 's3'], { minLength: 3 }), (a) => agree(ordering, a)));
    const match = fc.record({ p1: fc.constantFrom('', 'WAF', 'Shield'), p2: fc.constantFrom('', 'WAF', 'Shield'), p3: fc.constantFrom('', 'WAF', 'Shield') });
    fc.assert(fc.property(match, (m) => agree(matching, encodeMatching(new Map(Object.entries(m))))));
  });
});

describe('the stored matching encoding', () => {
  it('round-trips through the one encoder and decoder, answers with "=" included', () => {
    const chosen = new Map([['p1', 'WAF'], ['p2', 'a=b']]);
    expect(encodeMatching(chosen)).toEqual(['p1=WAF', 'p2=a=b']);
    expect(decodeMatching(encodeMatching(chosen))).toEqual(chosen);
    expect(encodeMatching(new Map([['p1', '']]))).toEqual([]);
    expect(decodeMatching(['junk', '=x'])).toEqual(new Map());
  });
});

describe('keys and confusions, by type', () => {
  it('keys pick the option shown at that place (toggle for multiple response); other types ignore them', () => {
    const p = presentQuestion(multiple, 'k');
    expect(pickByKey(single, presentQuestion(single, 'k'), ['x'], 0)).toEqual([presentQuestion(single, 'k').order[0]]);
    expect(pickByKey(multiple, p, [], 1)).toEqual([p.order[1]]);
    expect(pickByKey(multiple, p, [p.order[1] as string], 1)).toEqual([]);
    expect(pickByKey(multiple, p, [], 7)).toBeNull();
    expect(pickByKey(ordering, presentQuestion(ordering, 'k'), ['s2', 's1', 's3'], 0)).toBeNull();
    expect(pickByKey(matching, presentQuestion(matching, 'k'), [], 0)).toBeNull();
  });

  it('a wrong answer implies (wrong, right) pairs: named in options, given in matches, none for ordering', () => {
    const names = (text: string) => new Set([text]);
    expect(answerConfusions(single, ['a'], names)).toEqual([['a', 'b']]);
    expect(answerConfusions(matching, ['p1=Shield', 'p2=Shield'], names)).toEqual([['Shield', 'WAF']]);
    expect(answerConfusions(ordering, ['s2', 's1', 's3'], names)).toEqual([]);
  });
});

describe("the course's rules for a type's shape", () => {
  it('choice: four options for multiple choice, five or more for multiple response; the other types have none', () => {
    const rules = (q: Question) => registry.of(q).courseRules?.(q) ?? [];
    expect(rules(single)).toEqual([]);
    expect(rules(multiple)).toEqual([]);
    expect(rules({ ...single, options: single.options.slice(0, 3) })).toEqual(['multiple-choice question "q-single" has 3 options; the exam uses 4']);
    expect(rules({ ...multiple, options: multiple.options.slice(0, 4) })).toEqual(['multiple-response question "q-multiple" has 4 options; the exam uses 5 or more']);
    expect(rules(ordering)).toEqual([]);
    expect(rules(matching)).toEqual([]);
  });
});
