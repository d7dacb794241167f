// Per-topic and per-layer numbers for the dashboard, all derived from the log, the course index and the question bank.
import type { CourseIndex } from '@/content/model';
import type { Question } from '@/engine/question-types';
import type { LayerSlug } from '@/content/constants';
import { questionHistory } from '@/learning/history';
import { deriveCards, dueCards, retrievability } from '@/learning/card-state';
import type { ProgressEvent } from '@/learning/progress-events';
import { selectReadTopics } from '../progress-store';

export interface TopicStats {
  key: string;
  layer: LayerSlug;
  slug: string;
  title: string;
  read: boolean;
  attempts: number;
  correct: number;
  /** Mean FSRS retrievability of the topic's cards at the recall horizon, or null when none has been reviewed. */
  recall: number | null;
  due: number;
}

export interface LayerStats {
  slug: LayerSlug;
  number: number;
  title: string;
  topics: TopicStats[];
  read: number;
  attempts: number;
  correct: number;
  recall: number | null;
  due: number;
}

const mean = (values: number[]): number | null => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/**
 * Every layer with its topics' reading, accuracy (all attempts), due cards at `now`, and recall projected to
 * `recallAt` (the exam date, or a week ahead): recall "now" is 100% right after any review, even a wrong one, which
 * reads as a bug beside an accuracy of 0%.
 */
export function layerStats(course: CourseIndex, events: readonly ProgressEvent[], bank: readonly Question[], now: Date, recallAt: Date = now): LayerStats[] {
  const topicOf = new Map(bank.map((q) => [q.id, `${q.layer}/${q.topic}`]));
  const read = selectReadTopics({ events: [...events] });
  // Totals per question include what a compaction snapshot holds (the study feature's questionHistory).
  const answers = new Map<string, { attempts: number; correct: number }>();
  for (const [questionId, r] of questionHistory(events)) {
    const key = topicOf.get(questionId);
    if (!key) continue;
    const a = answers.get(key) ?? { attempts: 0, correct: 0 };
    answers.set(key, { attempts: a.attempts + r.attempts, correct: a.correct + r.correct });
  }
  const cards = deriveCards(events);
  const due = new Set(dueCards(cards, now).map((c) => c.questionId));
  const recallByTopic = new Map<string, number[]>();
  const dueByTopic = new Map<string, number>();
  for (const card of cards.values()) {
    const key = topicOf.get(card.questionId);
    if (!key) continue;
    recallByTopic.set(key, [...(recallByTopic.get(key) ?? []), retrievability(card, recallAt)]);
    if (due.has(card.questionId)) dueByTopic.set(key, (dueByTopic.get(key) ?? 0) + 1);
  }
  return course.layers.map((layer) => {
    const topics = layer.topics.map((t): TopicStats => {
      const key = `${layer.slug}/${t.slug}`;
      const a = answers.get(key) ?? { attempts: 0, correct: 0 };
      return { key, layer: layer.slug, slug: t.slug, title: t.title, read: read.has(key), ...a, recall: mean(recallByTopic.get(key) ?? []), due: dueByTopic.get(key) ?? 0 };
    });
    const sum = (f: (t: TopicStats) => number) => topics.reduce((n, t) => n + f(t), 0);
    const recalls = topics.flatMap((t) => recallByTopic.get(t.key) ?? []);
    return { slug: layer.slug, number: layer.number, title: layer.title, topics, read: sum((t) => (t.read ? 1 : 0)), attempts: sum((t) => t.attempts), correct: sum((t) => t.correct), recall: mean(recalls), due: sum((t) => t.due) };
  });
}

/**
 * The topics most worth studying next: answered at least once, ranked by accuracy (then recall), lowest first.
 * Accuracy is smoothed toward 50% so one lucky or unlucky answer does not dominate.
 */
export function weakestTopics(layers: readonly LayerStats[], count = 5): TopicStats[] {
  const score = (t: TopicStats) => (t.correct + 1) / (t.attempts + 2) + (t.recall ?? 0.5) * 0.1;
  return layers
    .flatMap((l) => l.topics)
    .filter((t) => t.attempts > 0 || t.recall !== null)
    .sort((a, b) => score(a) - score(b))
    .slice(0, count);
}
