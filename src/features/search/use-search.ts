import { useEffect, useMemo, useState } from 'react';
import type MiniSearch from 'minisearch';
import type { SearchDocument } from '@/content/search-model';
import { course } from '@/features/course/course-index';
import { loadSearchIndex } from './load-search-index';
import { searchCourse } from './search-engine';
import { describeHit, type SearchResult } from './search-results';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Loads the index when `active` first becomes true (not before: it is the largest chunk of the app). */
function useSearchIndex(active: boolean): { index: MiniSearch<SearchDocument> | null; failed: boolean } {
  const [index, setIndex] = useState<MiniSearch<SearchDocument> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!active || index) return;
    let live = true;
    setFailed(false);
    loadSearchIndex().then(
      (loaded) => live && setIndex(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [active, index]);
  return { index, failed };
}

/** Search results for a query, best first, with their place in the course and their links. */
export function useSearch(query: string, active = true, limit = 50): { status: SearchStatus; results: SearchResult[] } {
  const { index, failed } = useSearchIndex(active);
  const results = useMemo(
    () => (index && query.trim() ? searchCourse(index, query, limit).map((hit) => describeHit(hit, course)) : []),
    [index, query, limit],
  );
  if (failed) return { status: 'error', results: [] };
  if (!active || !query.trim()) return { status: 'idle', results: [] };
  if (!index) return { status: 'loading', results: [] };
  return { status: 'ready', results };
}
