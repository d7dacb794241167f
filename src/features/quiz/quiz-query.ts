// A quiz is described entirely by its URL, so a link to it gives the same questions in the same order.
import { DIFFICULTIES, DOMAIN_SLUGS, LAYER_SLUGS, type Difficulty, type Domain, type LayerSlug } from '@/content/constants';
import type { Question } from '@/engine/question-types';
import { BLUEPRINT_SKILLS, BLUEPRINT_TASKS, skillById, taskById, taskOfSkill } from '@/content/blueprint';
import { allTopics, topicKey } from '@/features/course/course-index';
import type { QuestionHistory } from '@/learning/history';
import { seededShuffle } from '@/engine/seeded-random';

export type QuizFilter = 'missed' | 'new';

export interface QuizQuery {
  /** Topics as `layer/topic` keys. */
  topics: string[];
  layers: LayerSlug[];
  domains: Domain[];
  /** Skills ("4.2.5") and task statements ("4.2") of the SCS-C03 outline. */
  skills: string[];
  tasks: string[];
  difficulties: Difficulty[];
  /** Exact questions (retry the missed ones). */
  ids: string[];
  count: number | null;
  only: QuizFilter | null;
  seed: string | null;
  /** Values the URL named that the course does not have (`?topic=no-such-topic`): the page says so. */
  unknown: { key: UnknownKey; value: string }[];
}

export type UnknownKey = 'topic' | 'layer' | 'domain' | 'skill' | 'task' | 'difficulty';

const oneOf = <T extends string>(allowed: readonly T[], values: string[]): T[] => values.filter((v): v is T => (allowed as readonly string[]).includes(v));

/** A topic given by slug alone (`?topic=aws-waf`) or as `layer/topic`. */
function topicKeyFor(value: string): string | null {
  const t = allTopics.find((x) => topicKey(x) === value || x.slug === value);
  return t ? topicKey(t) : null;
}

/** Reads a quiz from URL search params; values the course does not have are listed in `unknown`. */
export function parseQuizQuery(params: URLSearchParams): QuizQuery {
  const list = (key: string) => params.getAll(key).flatMap((v) => v.split(',')).filter(Boolean);
  const count = Number(params.get('count'));
  const only = params.get('only');
  const unknown: QuizQuery['unknown'] = [];
  const known = <T>(key: UnknownKey, values: string[], accept: (v: string) => T | null): T[] =>
    values.flatMap((v) => {
      const value = accept(v);
      if (value === null) unknown.push({ key, value: v });
      return value === null ? [] : [value];
    });
  const member = <T extends string>(allowed: readonly T[]) => (v: string): T | null => oneOf(allowed, [v])[0] ?? null;
  return {
    topics: known('topic', list('topic'), topicKeyFor),
    layers: known('layer', list('layer'), member(LAYER_SLUGS)),
    domains: known('domain', list('domain'), member(DOMAIN_SLUGS)),
    skills: known('skill', list('skill'), (v) => skillById(v)?.id ?? null),
    tasks: known('task', list('task'), (v) => taskById(v)?.id ?? null),
    difficulties: known('difficulty', list('difficulty'), member(DIFFICULTIES)),
    ids: list('ids'),
    count: Number.isInteger(count) && count > 0 ? Math.min(count, 100) : null,
    only: only === 'missed' || only === 'new' ? only : null,
    seed: params.get('seed'),
    unknown,
  };
}

/** What an unknown value could have meant: the closest values of its kind, for "did you mean". */
export function candidatesFor(key: UnknownKey): string[] {
  if (key === 'topic') return allTopics.map((t) => t.slug);
  if (key === 'layer') return [...LAYER_SLUGS];
  if (key === 'domain') return [...DOMAIN_SLUGS];
  if (key === 'skill') return BLUEPRINT_SKILLS.map((k) => k.id);
  if (key === 'task') return BLUEPRINT_TASKS.map((t) => t.id);
  return [...DIFFICULTIES];
}

/** Whether the URL asks for a quiz (otherwise /quiz shows the builder). */
export const isQuizRequested = (params: URLSearchParams): boolean =>
  ['topic', 'layer', 'domain', 'skill', 'task', 'difficulty', 'ids', 'count', 'only', 'seed'].some((k) => params.has(k));

/** The URL params of a quiz, for links and the builder. */
export function quizParams(query: Partial<QuizQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const t of query.topics ?? []) params.append('topic', t);
  for (const l of query.layers ?? []) params.append('layer', l);
  for (const d of query.domains ?? []) params.append('domain', d);
  for (const k of query.skills ?? []) params.append('skill', k);
  for (const t of query.tasks ?? []) params.append('task', t);
  for (const d of query.difficulties ?? []) params.append('difficulty', d);
  if (query.ids?.length) params.set('ids', query.ids.join(','));
  if (query.count) params.set('count', String(query.count));
  if (query.only) params.set('only', query.only);
  if (query.seed) params.set('seed', query.seed);
  return params;
}

/** Topic question banks the quiz needs, or null when it needs the whole bank. */
export function banksFor(query: QuizQuery): string[] | null {
  if (query.ids.length || (!query.topics.length && !query.layers.length)) return null;
  const fromLayers = allTopics.filter((t) => query.layers.includes(t.layer)).map(topicKey);
  return [...new Set([...query.topics, ...fromLayers])];
}

const DEFAULT_COUNT = 10;

/** The questions of a quiz, in their seeded order. */
export function selectQuestions(pool: Question[], query: QuizQuery, history: QuestionHistory, seed: string): Question[] {
  const inScope = (q: Question) =>
    (query.ids.length ? query.ids.includes(q.id) : true) &&
    (!query.topics.length && !query.layers.length ? true : query.topics.includes(`${q.layer}/${q.topic}`) || query.layers.includes(q.layer)) &&
    (!query.domains.length || query.domains.includes(q.domain)) &&
    (!query.skills.length && !query.tasks.length
      ? true
      : (q.skill !== null && query.skills.includes(q.skill)) || (q.skill !== null && query.tasks.includes(taskOfSkill(q.skill)))) &&
    (!query.difficulties.length || query.difficulties.includes(q.difficulty)) &&
    (query.only === 'missed' ? history.get(q.id)?.lastCorrect === false : query.only === 'new' ? !history.has(q.id) : true);
  const chosen = seededShuffle(pool.filter(inScope), seed);
  const narrowed = query.topics.length > 0 || query.ids.length > 0 || query.skills.length > 0;
  return chosen.slice(0, query.count ?? (narrowed ? chosen.length : DEFAULT_COUNT));
}
