import { describe, expect, it } from 'vitest';
import type { Question } from '@/content/model';
import { PASS_SCORE, scaledScore, scoreExam } from './exam-score';

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
