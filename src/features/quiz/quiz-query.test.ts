import { describe, expect, it } from 'vitest';
import type { Question } from '@/engine/question-types';
import { parseQuizQuery, quizParams, selectQuestions } from './quiz-query';

const q = (id: string, skill: string | null): Question => ({
  id, skill, domain: 'iam', layer: 'session', topic: 't', difficulty: 'medium', teaches: { layer: 'session', topic: 't', section: 's' }, stem: [], explanation: [], type: 'single', options: [],
});
const pool = [q('a', '4.2.5'), q('b', '4.2.4'), q('c', '4.1.2'), q('d', null)];
const ids = (url: string) => selectQuestions(pool, parseQuizQuery(new URLSearchParams(url)), new Map(), 'seed').map((x) => x.id).sort();

describe('quiz by the exam outline', () => {
  it('a skill asks its questions, a task the questions of all its skills', () => {
    expect(ids('skill=4.2.5')).toEqual(['a']);
    expect(ids('task=4.2')).toEqual(['a', 'b']);
    expect(ids('skill=4.1.2&task=4.2')).toEqual(['a', 'b', 'c']);
  });

  it('round-trips skills and tasks through the URL', () => {
    const query = parseQuizQuery(new URLSearchParams('skill=4.2.5&task=4.1'));
    expect(parseQuizQuery(quizParams(query))).toMatchObject({ skills: ['4.2.5'], tasks: ['4.1'], unknown: [] });
  });

  it('names every value the course does not have instead of dropping it', () => {
    const query = parseQuizQuery(new URLSearchParams('topic=no-such-topic&layer=layer-9&skill=3.2.9&task=7.1&domain=iam&difficulty=brutal'));
    expect(query.unknown).toEqual([
      { key: 'topic', value: 'no-such-topic' },
      { key: 'layer', value: 'layer-9' },
      { key: 'skill', value: '3.2.9' },
      { key: 'task', value: '7.1' },
      { key: 'difficulty', value: 'brutal' },
    ]);
    expect(query.domains).toEqual(['iam']);
  });
});
