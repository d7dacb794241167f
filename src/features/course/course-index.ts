// Read-only queries over the course index that ships in the main bundle.
import index from 'virtual:course';
import type { LayerSummary, TopicSummary } from '@/content/model';
import { LAYER_SLUGS, type LayerSlug } from '@/content/constants';

export const course = index;

export const isLayerSlug = (value: string | undefined): value is LayerSlug => LAYER_SLUGS.some((s) => s === value);

export function findLayer(slug: string | undefined): LayerSummary | undefined {
  return course.layers.find((l) => l.slug === slug);
}

/** `/layers/7` is layer 7: numbers are accepted as aliases of slugs. */
export function layerByNumber(value: string | undefined): LayerSummary | undefined {
  return /^[1-7]$/.test(value ?? '') ? course.layers.find((l) => l.number === Number(value)) : undefined;
}

export function findTopic(layer: string | undefined, topic: string | undefined): TopicSummary | undefined {
  return findLayer(layer)?.topics.find((t) => t.slug === topic);
}

/** Every topic of the course in reading order: layer 7 first, then by each topic's order. */
export const allTopics: TopicSummary[] = course.layers.flatMap((l) => l.topics);

export const topicKey = (t: { layer: string; slug: string }): string => `${t.layer}/${t.slug}`;

/** Previous and next topic through the whole course. */
export function neighbours(topic: TopicSummary): { previous?: TopicSummary; next?: TopicSummary } {
  const at = allTopics.findIndex((t) => t.layer === topic.layer && t.slug === topic.slug);
  return { previous: at > 0 ? allTopics[at - 1] : undefined, next: at >= 0 ? allTopics[at + 1] : undefined };
}
