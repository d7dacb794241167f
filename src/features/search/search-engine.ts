// Querying the course's search index (pure: the ranking tests run it in Node on the real course).
import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import { KIND_BOOST, processTerm, SEARCH_BOOST, tokenize, type SearchDocument, type StoredSearchFields } from '@/content/search-model';

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
  return landOnSections(hits as RawHit[], queryTerms(text)).slice(0, limit).map((h) => ({
    id: String(h.id), score: h.score, kind: h.kind, title: h.title, layer: h.layer, topic: h.topic, anchor: h.anchor,
  }));
}

type RawHit = SearchResult & StoredSearchFields;

/**
 * A topic found only through its body words is shown as its best-matching section instead, in the topic's place:
 * the link then opens where the words are, not at the top of a long page. A topic whose title matched stays.
 */
const queryTerms = (text: string): string[] => tokenize(text).flatMap((t) => processTerm(t) ?? []);

function landOnSections(hits: RawHit[], terms: string[]): RawHit[] {
  const out: RawHit[] = [];
  const used = new Set<string | number>();
  const ofTopic = (hit: RawHit) => (h: RawHit) => h.kind === 'section' && h.layer === hit.layer && h.topic === hit.topic;
  for (const hit of hits) {
    if (used.has(hit.id)) continue;
    // Every word of the query (or a word it is a prefix of) is in the title.
    const titleMatch = terms.every((t) => Object.entries(hit.match).some(([word, fields]) => word.startsWith(t) && fields.includes('title')));
    if (hit.kind !== 'topic' || titleMatch) {
      out.push(hit);
      used.add(hit.id);
      continue;
    }
    // Its best section is already listed above it: the topic adds nothing.
    if (out.some(ofTopic(hit))) continue;
    const section = hits.find(ofTopic(hit));
    if (!section) {
      out.push(hit);
      continue;
    }
    used.add(section.id);
    out.push({ ...section, score: Math.max(section.score, hit.score) });
  }
  return out;
}
