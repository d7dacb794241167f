import type { TopicSummary } from '@/content/model';

/** Edit distance between two short strings (for "did you mean" on the 404 page). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const words = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** How well a topic matches a mistyped path segment: lower is better. */
type Suggestable = Pick<TopicSummary, 'slug' | 'title'> & { tags?: string[] };

function score(segment: string, topic: Suggestable): number {
  const candidates = [topic.slug, ...words(topic.title), ...topic.slug.split('-'), ...(topic.tags ?? [])];
  const best = Math.min(...candidates.map((c) => editDistance(segment, c) / Math.max(c.length, segment.length, 1)));
  const prefix = candidates.some((c) => c.startsWith(segment) || segment.startsWith(c)) ? -0.2 : 0;
  return best + prefix;
}

/**
 * The topics closest to an unknown path, best first: each path segment is compared with topic slugs, title words
 * and tags, so `/layers/presentation/kmss` suggests the KMS topics.
 */
export function suggestTopics<T extends Suggestable & { layer: string }>(pathname: string, topics: T[], limit = 3): T[] {
  const segments = pathname.toLowerCase().split('/').filter((s) => s && s !== 'layers');
  const last = segments.at(-1);
  if (!last) return [];
  const layerHint = segments.length > 1 ? segments[0] : undefined;
  return topics
    .map((topic) => ({ topic, s: score(last, topic) - (topic.layer === layerHint ? 0.05 : 0) }))
    .filter((x) => x.s < 0.5)
    .sort((a, b) => a.s - b.s)
    .slice(0, limit)
    .map((x) => x.topic);
}

/** The candidates closest to a mistyped value (a layer slug, a skill id, a domain), best first. */
export function closestValues(value: string, candidates: readonly string[], limit = 3): string[] {
  const v = value.toLowerCase();
  return candidates
    .map((c) => ({ c, d: editDistance(v, c.toLowerCase()) / Math.max(c.length, v.length, 1) - (c.startsWith(v) || v.startsWith(c) ? 0.2 : 0) }))
    .filter((x) => x.d < 0.6)
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map((x) => x.c);
}
