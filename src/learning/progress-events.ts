// zod/mini: the same schemas as zod, tree-shakable, so validation of stored progress costs little in the main bundle.
import { z } from 'zod/mini';
import { CURRENT_VERSION } from './progress-version';

export { CURRENT_VERSION };

const topicRef = z.string().check(z.regex(/^[a-z-]+\/[a-z0-9-]+$/));

/** Fields every event in the learner's log has: a unique id (so logs merge by union) and a time (ms since epoch). */
const eventBase = {
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  at: z.int().check(z.nonnegative()),
};

/** The learner opened a topic page. */
export const topicOpenedSchema = z.strictObject({ ...eventBase, type: z.literal('topic-opened'), topic: topicRef });
/** The learner finished a topic (marked it, or reached its end). */
export const topicReadSchema = z.strictObject({ ...eventBase, type: z.literal('topic-read'), topic: topicRef });
/** The learner took a topic back to unread. */
export const topicUnreadSchema = z.strictObject({ ...eventBase, type: z.literal('topic-unread'), topic: topicRef });

const questionId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120));
const sessionId = z.string().check(z.minLength(1), z.maxLength(80));

/**
 * The learner's answer to a question, in any mode. `chosen` holds option ids (single/multiple), step ids in the
 * learner's order (ordering) or `pairId=answer` strings (matching); `correct` is the all-or-nothing result.
 */
export const answeredSchema = z.strictObject({
  ...eventBase,
  type: z.literal('answered'),
  questionId,
  chosen: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20)),
  correct: z.boolean(),
  /** Time spent on the question, ms. */
  ms: z.int().check(z.nonnegative()),
  mode: z.enum(['quiz', 'exam', 'review', 'question']),
  /** The quiz or exam this answer belongs to, if any. */
  session: z.optional(sessionId),
});

/** A spaced-repetition review: the FSRS rating (1 Again, 2 Hard, 3 Good, 4 Easy). Card state is replayed from these. */
export const reviewedSchema = z.strictObject({
  ...eventBase,
  type: z.literal('reviewed'),
  questionId,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});

/** An exam simulation began: its questions in order, and its time limit. */
export const examStartedSchema = z.strictObject({
  ...eventBase,
  type: z.literal('exam-started'),
  exam: sessionId,
  questionIds: z.array(questionId).check(z.minLength(1), z.maxLength(100)),
  durationMs: z.int().check(z.positive()),
});

/** An answer or flag change during an exam (the latest per question counts); no feedback until submitted. */
export const examAnsweredSchema = z.strictObject({
  ...eventBase,
  type: z.literal('exam-answered'),
  exam: sessionId,
  questionId,
  chosen: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20)),
  flagged: z.boolean(),
});

/** An exam was submitted (or ran out of time); the score is derived from its answers. */
export const examSubmittedSchema = z.strictObject({
  ...eventBase,
  type: z.literal('exam-submitted'),
  exam: sessionId,
  reason: z.enum(['submitted', 'time-up']),
});

/** The learner set (or cleared, with null) the date of their exam. */
export const examDateSetSchema = z.strictObject({
  ...eventBase,
  type: z.literal('exam-date-set'),
  date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

/** The learner solved a lab scenario (its goal was met, or its rule found); the first one counts. */
export const labSolvedSchema = z.strictObject({
  ...eventBase,
  type: z.literal('lab-solved'),
  lab: z.enum(['policy', 'network']),
  scenario: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80)),
});

/** An FSRS card as numbers (dates as ms), so a snapshot survives JSON. */
const cardSnapshot = z.strictObject({
  due: z.int(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.int(),
  reps: z.int(),
  lapses: z.int(),
  state: z.int(),
  last_review: z.nullable(z.int()),
  reviews: z.int(),
  lastReviewedAt: z.int(),
});
export type CardSnapshot = z.infer<typeof cardSnapshot>;

const questionTotals = z.strictObject({ attempts: z.int(), correct: z.int(), lastCorrect: z.boolean(), lastAt: z.int() });

/**
 * A snapshot that replaces every `answered` and `reviewed` event up to `until`: each card's FSRS state and each
 * question's totals (per-topic and per-domain totals are sums of these). Older logs stay valid; the log merge
 * drops events a snapshot covers, so compaction is the same in every tab.
 */
export const compactedSchema = z.strictObject({
  ...eventBase,
  type: z.literal('compacted'),
  until: z.int().check(z.nonnegative()),
  cards: z.record(questionId, cardSnapshot),
  questions: z.record(questionId, questionTotals),
});

/** One entry of the append-only progress log. */
export const progressEventSchema = z.discriminatedUnion('type', [
  topicOpenedSchema,
  topicReadSchema,
  topicUnreadSchema,
  answeredSchema,
  reviewedSchema,
  examStartedSchema,
  examAnsweredSchema,
  examSubmittedSchema,
  examDateSetSchema,
  labSolvedSchema,
  compactedSchema,
]);
export type ProgressEvent = z.infer<typeof progressEventSchema>;

/** What is stored: the log and the version of its format. */
export const storedProgressSchema = z.strictObject({
  app: z.literal('seven-layers'),
  version: z.literal(CURRENT_VERSION),
  events: z.array(progressEventSchema),
});
export type StoredProgress = z.infer<typeof storedProgressSchema>;

