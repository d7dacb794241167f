// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Question } from '../engine/registry.ts';
import type { ChoiceOption } from '../engine/types/choice/index.ts';
import { cueReport, cueViolations, questionCues } from './question-cues.ts';

const text = (value: string) => [{ type: 'text' as const, value }];
const option = (id: string, value: string, correct: boolean): ChoiceOption => ({ id, text: text(value), correct, explanation: [] });
const single = (id: string, stemWords: number, options: ChoiceOption[]): Question => ({
  id, type: 'single', options, domain: 'iam', skill: '4.2.5', layer: 'session', topic: 't', difficulty: 'medium',
  teaches: { layer: 'session', topic: 't', section: 's' }, stem: [{ type: 'paragraph', children: text(Array.from({ length: stemWords }, (_, i) => `word${i}`).join(' ')) }], explanation: [],
});

/** Four options whose lengths rank the key at `rank` (1 = longest). */
function ranked(id: string, rank: number, stemWords = 60): Question {
  const lengths = [40, 30, 20, 10];
  return single(id, stemWords, lengths.map((n, i) => option(String(i), 'x'.repeat(n), i === rank - 1)));
}

describe('cueReport', () => {
  it('catches a bank whose keys are always the second longest, as a test-wise reader would', () => {
    const report = cueReport(Array.from({ length: 20 }, (_, i) => ranked(`q${i}`, 2)));
    expect(report.keyLengthRank).toEqual([0, 1, 0, 0]);
    expect(report.strategies.secondLongest).toBe(1);
    expect(cueViolations(report)).toContain('100% of single-choice keys are length rank 2; at most 35%');
  });

  it('passes a bank whose key lengths are spread evenly and whose stems are long enough', () => {
    const report = cueReport(Array.from({ length: 20 }, (_, i) => ranked(`q${i}`, (i % 4) + 1)));
    expect(report.keyLengthRank).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(report.medianStemWords).toBe(60);
    expect(cueViolations(report)).toEqual([]);
  });

  it('flags short stems and multiple response whose right options are all the longest', () => {
    const multiple: Question = { ...ranked('m', 1), type: 'multiple', options: [option('a', 'x'.repeat(50), true), option('b', 'x'.repeat(45), true), option('c', 'x', false), option('d', 'xx', false), option('e', 'xxx', false)] };
    const report = cueReport([ranked('s', 1, 20), multiple]);
    expect(report.multipleRightAllLonger).toBe(1);
    expect(cueViolations(report).some((v) => v.startsWith('median stem is'))).toBe(true);
    expect(questionCues(multiple)).toContain('every right option is longer than every wrong one');
  });
});
