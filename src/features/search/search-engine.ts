// Querying the course's search index (pure: the ranking tests run it in Node on the real course).
import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import { KIND_BOOST, SEARCH_BOOST, type SearchDocument, type StoredSearchFields } from '@/content/search-model';

export type SearchHit = StoredSearchFields & { id: string; score: number };

const exact: SearchOptions = {
  boost: SEARCH_BOOST,
  // Prefix matching from the second letter (`gua` finds GuardDuty).
  prefix: (term) => term.length >= 2,
  boostDocument: (_id, _term, stored) => KIND_BOOST[(stored as StoredSearchFields | undefined)?.kind ?? 'section'],
};
// Typo tolerance only on longer words, where a one-letter slip is a typo and not another word.
const tolerant: SearchOptions = { ...exact, fuzzy: (term) => (term.length >= 5 ? 0.2 : false) };

/**
 * Results for a query, best first. The strictest reading that finds anything wins: every word as typed (or as a
 * prefix), then every word allowing typos, then any word. A typo-tolerant match never outranks an exact one.
 */
export function searchCourse(index: MiniSearch<SearchDocument>, query: string, limit = 50): SearchHit[] {
  const text = query.trim();
  if (!text) return [];
  let hits = index.search(text, { ...exact, combineWith: 'AND' });
  if (hits.length === 0) hits = index.search(text, { ...tolerant, combineWith: 'AND' });
  if (hits.length === 0) hits = index.search(text, { ...tolerant, combineWith: 'OR' });
  return hits.slice(0, limit).map((h) => ({
    id: String(h.id), score: h.score, kind: h.kind, title: h.title, layer: h.layer, topic: h.topic, anchor: h.anchor,
  }));
}
