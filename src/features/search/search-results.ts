// What a search hit means to a learner: where it is (layer › topic › section) and the link that opens it there.
import type { LayerSlug } from '@/content/constants';
import type { SearchKind } from '@/content/search-model';
import { paths } from '@/shared/paths';
import type { SearchHit } from './search-engine';

export interface SearchResult {
  id: string;
  kind: SearchKind;
  title: string;
  /** Layer › topic (› section for questions), or the number of topics for a service. */
  context: string;
  href: string;
}

/** What a result needs of the course: layer numbers and titles, topic titles. */
export interface ResultSource {
  layers: { slug: LayerSlug; number: number; title: string; topics: { slug: string; title: string }[] }[];
}

export const KIND_LABELS: Record<SearchKind, string> = { topic: 'Topic', section: 'Section', service: 'AWS service', question: 'Question' };

/** Turns a hit into a result with its place in the course and its link. */
export function describeHit(hit: SearchHit, course: ResultSource): SearchResult {
  const layer = course.layers.find((l) => l.slug === hit.layer);
  const topic = layer?.topics.find((t) => t.slug === hit.topic);
  const where = [layer ? `${layer.number} · ${layer.title}` : '', topic && hit.kind !== 'topic' ? topic.title : ''].filter(Boolean).join(' › ');
  const base = { id: hit.id, kind: hit.kind, title: hit.title };
  if (hit.kind === 'service') return { ...base, context: 'Services index', href: `${paths.services()}#${hit.anchor}` };
  if (hit.kind === 'question') return { ...base, context: where, href: paths.question(hit.anchor) };
  if (!layer) return { ...base, context: '', href: paths.home() };
  return { ...base, context: where, href: paths.topic(layer.slug, hit.topic, hit.kind === 'section' ? hit.anchor : null) };
}
