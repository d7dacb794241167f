// Read-only queries over the course index that ships in the main bundle.
import index from 'virtual:course';
import type { CourseIndex, LayerEntry, LayerSummary, TopicEntry, TopicSummary } from '@/content/model';
import { loadPartDetails, loadTopicDetails } from 'virtual:course/loaders';

export const course = index;

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

/** A topic with everything the main bundle leaves out (summary, services, domains, skills…), from its own chunk. */
export async function withDetails(topic: TopicEntry): Promise<TopicSummary> {
  const details = (await loadTopicDetails()).default[topicKey(topic)];
  return {
    ...topic,
    summary: details?.summary ?? '',
    services: details?.services ?? [],
    tags: details?.tags ?? [],
    domains: details?.domains ?? [],
    skills: details?.skills ?? [],
    related: details?.related ?? [],
    order: details?.order ?? 0,
    hasDiagram: details?.hasDiagram ?? false,
    questionCount: details?.questionCount ?? 0,
  };
}

/** Every topic with its details, in reading order. */
export async function allTopicsWithDetails(): Promise<TopicSummary[]> {
  return Promise.all(allTopics.map(withDetails));
}

/** A part (layer) with its summary, services and threats, and its topics in full. */
export async function layerWithDetails(layer: LayerEntry): Promise<LayerSummary> {
  const [parts, topics] = await Promise.all([loadPartDetails(), Promise.all(layer.topics.map(withDetails))]);
  const details = parts.default.layers[layer.slug];
  return { ...layer, summary: details?.summary ?? '', services: details?.services ?? [], threats: details?.threats ?? [], topics };
}

/** The whole course index, as the build knows it: for the pages that show every part in full (home, services). */
export async function fullCourse(): Promise<CourseIndex> {
  const [parts, layers] = await Promise.all([loadPartDetails(), Promise.all(course.layers.map(layerWithDetails))]);
  return { title: course.title, summary: parts.default.summary, layers };
}

/** The parts without their topics' details: what the home page needs (small). */
export async function partsOverview(): Promise<{ summary: string; layers: (LayerEntry & Pick<LayerSummary, 'summary' | 'services' | 'threats'>)[] }> {
  const parts = (await loadPartDetails()).default;
  return {
    summary: parts.summary,
    layers: course.layers.map((l) => ({ ...l, summary: parts.layers[l.slug]?.summary ?? '', services: parts.layers[l.slug]?.services ?? [], threats: parts.layers[l.slug]?.threats ?? [] })),
  };
}
