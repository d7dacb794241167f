// Read-only queries over the course index that ships in the main bundle.
import index from 'virtual:course';
import type { LayerEntry, TopicEntry, TopicSummary } from '@/content/model';
import { loadTopicDetails } from 'virtual:course/loaders';
import { LAYER_SLUGS, type LayerSlug } from '@/content/constants';

export const course = index;

export const isLayerSlug = (value: string | undefined): value is LayerSlug => LAYER_SLUGS.some((s) => s === value);

export function findLayer(slug: string | undefined): LayerEntry | undefined {
  return course.layers.find((l) => l.slug === slug);
}

/** `/layers/7` is layer 7: numbers are accepted as aliases of slugs. */
export function layerByNumber(value: string | undefined): LayerEntry | undefined {
  return /^[1-7]$/.test(value ?? '') ? course.layers.find((l) => l.number === Number(value)) : undefined;
}

export function findTopic(layer: string | undefined, topic: string | undefined): TopicEntry | undefined {
  return findLayer(layer)?.topics.find((t) => t.slug === topic);
}

/** Every topic of the course in reading order: layer 7 first, then by each topic's order. */
export const allTopics: TopicEntry[] = course.layers.flatMap((l) => l.topics);

export const topicKey = (t: { layer: string; slug: string }): string => `${t.layer}/${t.slug}`;

/** Previous and next topic through the whole course. */
export function neighbours(topic: TopicEntry): { previous?: TopicEntry; next?: TopicEntry } {
  const at = allTopics.findIndex((t) => t.layer === topic.layer && t.slug === topic.slug);
  return { previous: at > 0 ? allTopics[at - 1] : undefined, next: at >= 0 ? allTopics[at + 1] : undefined };
}

/** A topic with its summary, tags and related topics, which load in their own chunk. */
export async function withDetails(topic: TopicEntry): Promise<TopicSummary> {
  const details = (await loadTopicDetails()).default[topicKey(topic)];
  return { ...topic, summary: details?.summary ?? '', tags: details?.tags ?? [], related: details?.related ?? [], skills: details?.skills ?? [] };
}

/** Every topic with its details, in reading order. */
export async function allTopicsWithDetails(): Promise<TopicSummary[]> {
  return Promise.all(allTopics.map(withDetails));
}
