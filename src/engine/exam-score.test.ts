import { describe, expect, it } from 'vitest';
import type { Question } from './registry';
import { PASS_SCORE, scaledScore, scoreExam } from '@/engine/exam-score';

describe('scaledScore', () => {
  it('maps none right to 100, all right to 1,000 and 72% to the pass mark', () => {
    expect(scaledScore(0, 65)).toBe(100);
    expect(scaledScore(65, 65)).toBe(1000);
    expect(scaledScore(72, 100)).toBe(PASS_SCORE);
    expect(scaledScore(36, 50)).toBe(750);
  });

  it('rises with every extra right answer and stays within 100–1,000', () => {
    let previous = 0;
    for (let right = 0; right <= 65; right++) {
      const s = scaledScore(right, 65);
      expect(s).toBeGreaterThan(previous);
      expect(s).toBeGreaterThanOrEqual(100);
      expect(s).toBeLessThanOrEqual(1000);
      previous = s;
    }
    expect(scaledScore(46, 65)).toBeLessThan(PASS_SCORE); // 70.8%
    expect(scaledScore(47, 65)).toBeGreaterThanOrEqual(PASS_SCORE); // 72.3%
  });
});

describe('scoreExam', () => {
  const q = (id: string, domain: Question['domain'], layer: Question['layer']): Question => ({
    id, domain, layer, topic: 't', skill: null, difficulty: 'easy', teaches: { layer, topic: 't', section: 's' }, stem: [], explanation: [], type: 'single',
    options: [{ id: 'a', text: [], correct: true, explanation: [] }, { id: 'b', text: [], correct: false, explanation: [] }],
  });
  it('scores unanswered as wrong and breaks down by domain and layer', () => {
    const questions = [q('q1', 'iam', 'session'), q('q2', 'iam', 'network'), q('q3', 'detection', 'network')];
    const score = scoreExam(questions, new Map([['q1', ['a']], ['q2', ['b']]]));
    expect(score.right).toBe(1);
    expect(score.byDomain.iam).toEqual({ right: 1, total: 2 });
    expect(score.byDomain.detection).toEqual({ right: 0, total: 1 });
    expect(score.byLayer.network).toEqual({ right: 0, total: 2 });
    expect(score.byLayer.session).toEqual({ right: 1, total: 1 });
    expect(score.passed).toBe(false);
  });
});

describe('one exam score at the boundaries', () => {
  const q = (id: string): Question => ({
    id, domain: 'iam', layer: 'session', topic: 't', skill: null, difficulty: 'easy', teaches: { layer: 'session', topic: 't', section: 's' }, stem: [], explanation: [], type: 'single',
    options: [{ id: 'a', text: [], correct: true, explanation: [] }, { id: 'b', text: [], correct: false, explanation: [] }],
  });
  const exam = (n: number) => Array.from({ length: n }, (_, i) => q(`q${i}`));
  const answered = (questions: Question[], right: number) => new Map(questions.slice(0, right).map((x) => [x.id, ['a']]));

  it('none right is 100 and fails; all right is 1,000 and passes', () => {
    const questions = exam(65);
    expect(scoreExam(questions, new Map())).toMatchObject({ right: 0, scaled: 100, passed: false });
    expect(scoreExam(questions, answered(questions, 65))).toMatchObject({ right: 65, scaled: 1000, passed: true });
  });

  it('exactly 72% passes at 750, on 50 and on 25 questions', () => {
    for (const [n, right] of [[50, 36], [25, 18]] as const) {
      const questions = exam(n);
      expect(scoreExam(questions, answered(questions, right))).toMatchObject({ right, scaled: 750, passed: true });
      expect(scoreExam(questions, answered(questions, right - 1)).passed).toBe(false);
    }
  });

  it('an unanswered question and a question no longer in the bank both count as wrong', () => {
    const questions = exam(4);
    const score = scoreExam([...questions, 'removed-since'], answered(questions, 4));
    expect(score).toMatchObject({ right: 4, total: 5, scaled: scaledScore(4, 5) });
  });
});
