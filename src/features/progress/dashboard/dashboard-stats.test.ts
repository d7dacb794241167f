import { describe, expect, it } from 'vitest';
import type { CourseIndex } from '@/content/model';
import type { Question } from '@/engine/question-types';
import type { ProgressEvent } from '@/learning/progress-events';
import { confusionMap, conceptMatcher } from './confusions';
import { scaledScore } from '@/engine/exam-score';
import { examHistory } from './exam-history';
import { studyStreak } from './streak';
import { layerStats, weakestTopics } from './topic-stats';

const text = (value: string) => [{ type: 'text' as const, value }];
const base = { layer: 'network' as const, topic: 'vpc-filtering', domain: 'infrastructure-security' as const, skill: null, difficulty: 'medium' as const, teaches: { layer: 'network' as const, topic: 'vpc-filtering', section: 'sg-vs-nacl' }, stem: [], explanation: [] };
const single: Question = {
  ...base,
  id: 'deny-one-ip',
  type: 'single',
  options: [
    { id: 'a', text: text('Add a deny rule to the network ACL of the subnet.'), correct: true, explanation: [] },
    { id: 'b', text: text('Add a deny rule to the security group.'), correct: false, explanation: [] },
  ],
};
const ordering: Question = { ...base, id: 'order-it', type: 'ordering', steps: ['s1', 's2', 's3'].map((id) => ({ id, text: text(id), explanation: [] })) };
const matching: Question = {
  ...base,
  id: 'match-it',
  type: 'matching',
  pairs: [
    { id: 'p1', prompt: text('Stateful'), answer: 'Security groups', explanation: [] },
    { id: 'p2', prompt: text('Stateless'), answer: 'Network ACLs', explanation: [] },
  ],
  answers: ['Security groups', 'Network ACLs'],
};
const bank = new Map([single, ordering, matching].map((q) => [q.id, q]));
const course: CourseIndex = {
  title: 't',
  summary: '',
  layers: [{ number: 3, slug: 'network', title: 'Network', summary: '', services: ['Amazon VPC'], threats: [], topics: [{ layer: 'network', slug: 'vpc-filtering', title: 'VPC filtering', summary: '', services: ['Amazon VPC'], tags: [], domains: [], skills: [], related: [], order: 1, hasDiagram: false, questionCount: 3 }] }],
};
let n = 0;
const ev = <T extends ProgressEvent['type']>(type: T, fields: Omit<Extract<ProgressEvent, { type: T }>, 'id' | 'at' | 'type'>, at = 1000 + n): ProgressEvent => ({ id: `e${++n}`, at, type, ...fields }) as unknown as ProgressEvent;

describe('exam scores', () => {
  it('scores submitted exams from their latest answers, on the 100–1,000 scale', () => {
    const events = [
      ev('exam-started', { exam: 'x', questionIds: ['deny-one-ip', 'order-it'], durationMs: 1 }),
      ev('exam-answered', { exam: 'x', questionId: 'deny-one-ip', chosen: ['b'], flagged: false }),
      ev('exam-answered', { exam: 'x', questionId: 'deny-one-ip', chosen: ['a'], flagged: false }),
      ev('exam-answered', { exam: 'x', questionId: 'order-it', chosen: ['s1', 's2', 's3'], flagged: true }),
      ev('exam-started', { exam: 'unsubmitted', questionIds: ['deny-one-ip'], durationMs: 1 }),
      ev('exam-submitted', { exam: 'x', reason: 'submitted' }),
    ];
    expect(examHistory(events, bank)).toMatchObject([{ exam: 'x', correct: 2, total: 2, scaled: 1000, passed: true }]);
  });

  it('counts an unanswered question and one removed from the bank as wrong, on the same scale as the result page', () => {
    const events = [
      ev('exam-started', { exam: 'y', questionIds: ['deny-one-ip', 'order-it', 'gone'], durationMs: 1 }),
      ev('exam-answered', { exam: 'y', questionId: 'deny-one-ip', chosen: ['a'], flagged: false }),
      ev('exam-submitted', { exam: 'y', reason: 'submitted' }),
    ];
    expect(examHistory(events, bank)).toMatchObject([{ exam: 'y', correct: 1, total: 3, scaled: scaledScore(1, 3), passed: false }]);
  });
});

describe('confusion map', () => {
  it('reads service and concept pairs from wrong options and wrong matches', () => {
    const events = [
      ev('answered', { questionId: 'deny-one-ip', chosen: ['b'], correct: false, ms: 1, mode: 'quiz' }),
      ev('answered', { questionId: 'match-it', chosen: ['p1=Network ACLs', 'p2=Security groups'], correct: false, ms: 1, mode: 'quiz' }),
      ev('answered', { questionId: 'deny-one-ip', chosen: ['a'], correct: true, ms: 1, mode: 'quiz' }),
    ];
    expect(confusionMap(events, bank, conceptMatcher(course))).toEqual([{ a: 'Network ACLs', b: 'Security groups', count: 3, teaches: base.teaches }]);
  });
});

describe('streak', () => {
  it('counts consecutive local days with study, ending today or yesterday', () => {
    const day = (d: number) => new Date(2026, 10, d, 12).getTime();
    const events = [27, 28, 29].map((d) => ev('topic-read', { topic: 'network/vpc-filtering' }, day(d)));
    expect(studyStreak(events, new Date(2026, 10, 29, 20))).toEqual({ days: 3, today: true });
    expect(studyStreak(events, new Date(2026, 10, 30, 8))).toEqual({ days: 3, today: false });
    expect(studyStreak(events, new Date(2026, 11, 2))).toEqual({ days: 0, today: false });
  });
});

describe('topic and layer stats', () => {
  it('derives read share, accuracy, recall and due cards per topic and layer', () => {
    const events = [
      ev('topic-read', { topic: 'network/vpc-filtering' }, 0),
      ev('answered', { questionId: 'deny-one-ip', chosen: ['b'], correct: false, ms: 1, mode: 'quiz' }, 1),
      ev('answered', { questionId: 'deny-one-ip', chosen: ['a'], correct: true, ms: 1, mode: 'quiz' }, 2),
      ev('reviewed', { questionId: 'deny-one-ip', rating: 1 }, 3),
    ];
    const [layer] = layerStats(course, events, [...bank.values()], new Date(10 * 24 * 3600 * 1000));
    expect(layer).toMatchObject({ read: 1, attempts: 2, correct: 1, due: 1 });
    expect(layer?.recall).toBeGreaterThan(0);
    expect(layer?.recall).toBeLessThan(1);
    expect(weakestTopics(layerStats(course, events, [...bank.values()], new Date()))[0]?.key).toBe('network/vpc-filtering');
  });

  it('projects recall to a later day, so a wrong answer just now does not read as 100% recall', () => {
    const events = [
      ev('answered', { questionId: 'deny-one-ip', chosen: ['b'], correct: false, ms: 1, mode: 'quiz' }, 1000),
      ev('reviewed', { questionId: 'deny-one-ip', rating: 1 }, 1000),
    ];
    const now = new Date(1000);
    const [atNow] = layerStats(course, events, [...bank.values()], now);
    const [inAWeek] = layerStats(course, events, [...bank.values()], now, new Date(1000 + 7 * 86_400_000));
    expect(atNow?.recall).toBeCloseTo(1, 5);
    expect(inAWeek?.recall).toBeLessThan(0.9);
    expect(inAWeek?.attempts).toBe(1);
    expect(inAWeek?.correct).toBe(0);
  });
});
