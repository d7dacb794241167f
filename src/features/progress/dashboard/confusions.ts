// The confusion map: pairs of services or concepts the learner mixes up, read from the wrong answers they chose.
// Each question type says which pairs a wrong answer implies (a wrong option that names X where the right option
// names Y; in a matching question, the answer given for a prompt against the right one); each pair is one vote.
import type { CourseIndex } from '@/content/model';
import type { Question } from '@/engine/question-types';
import { answerConfusions } from '@/engine/question-types';
import type { ProgressEvent } from '@/learning/progress-events';

/** Concepts the exam sets against each other that are not service names, with the words that name them. */
const CONCEPTS: Record<string, string[]> = {
  'Security groups': ['security group', 'security groups'],
  'Network ACLs': ['network acl', 'network acls', 'nacl', 'nacls'],
  'Service control policies': ['service control policy', 'service control policies', 'scp', 'scps'],
  'Permissions boundaries': ['permissions boundary', 'permissions boundaries'],
  'Resource-based policies': ['resource-based policy', 'resource-based policies', 'bucket policy', 'key policy'],
  'Gateway endpoints': ['gateway endpoint', 'gateway endpoints'],
  'Interface endpoints': ['interface endpoint', 'interface endpoints', 'privatelink'],
};

export interface Confusion {
  a: string;
  b: string;
  count: number;
  /** The section that tells them apart (the most recent missed question's). */
  teaches: Question['teaches'];
}

type Matcher = { name: string; pattern: RegExp }[];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Recognisers for every service in the course (with and without its AWS/Amazon prefix) and for CONCEPTS. */
export function conceptMatcher(course: CourseIndex): Matcher {
  const services = new Set(course.layers.flatMap((l) => [...l.services, ...l.topics.flatMap((t) => t.services)]));
  const named = [...services].map((s) => [s, [s, s.replace(/^(AWS|Amazon)\s+/, '')]] as const);
  return [...named, ...Object.entries(CONCEPTS)].map(([name, words]) => ({ name, pattern: new RegExp(`\\b(?:${[...new Set(words)].map(escape).join('|')})\\b`, 'i') }));
}

const conceptsIn = (text: string, matcher: Matcher): Set<string> => new Set(matcher.filter((m) => m.pattern.test(text)).map((m) => m.name));

/** The most frequent confusions in the learner's wrong answers. */
export function confusionMap(events: readonly ProgressEvent[], bank: ReadonlyMap<string, Question>, matcher: Matcher, limit = 8): Confusion[] {
  const found = new Map<string, Confusion>();
  for (const e of events) {
    if (e.type !== 'answered' || e.correct) continue;
    const question = bank.get(e.questionId);
    if (!question) continue;
    // What a wrong answer implies is up to the question's type (src/engine/types/<name>/index.ts).
    for (const [x, y] of answerConfusions(question, e.chosen, (text) => conceptsIn(text, matcher))) {
      const [a, b] = [x, y].sort((p, q) => p.localeCompare(q)) as [string, string];
      const key = `${a}\u0000${b}`;
      found.set(key, { a, b, count: (found.get(key)?.count ?? 0) + 1, teaches: question.teaches });
    }
  }
  return [...found.values()].sort((p, q) => q.count - p.count || p.a.localeCompare(q.a)).slice(0, limit);
}
