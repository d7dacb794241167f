// zod/mini: the same schemas as zod, tree-shakable, so validation of stored progress costs little in the main bundle.
import { z } from 'zod/mini';

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

/** One entry of the append-only progress log. */
export const progressEventSchema = z.discriminatedUnion('type', [topicOpenedSchema, topicReadSchema, topicUnreadSchema]);
export type ProgressEvent = z.infer<typeof progressEventSchema>;

/** What is stored: the log and the version of its format. */
export const CURRENT_VERSION = 1;
export const storedProgressSchema = z.strictObject({
  app: z.literal('seven-layers'),
  version: z.literal(CURRENT_VERSION),
  events: z.array(progressEventSchema),
});
export type StoredProgress = z.infer<typeof storedProgressSchema>;

