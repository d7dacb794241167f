import type { ReactNode } from 'react';
import type { SearchStatus } from './use-search';
import { KIND_LABELS, type SearchResult } from './search-results';

/** A result's kind, title and place in the course (layer › topic). */
export function SearchResultText({ result }: { result: SearchResult }): ReactNode {
  return (
    <>
      <span className={`search-kind search-kind-${result.kind}`}>{KIND_LABELS[result.kind]}</span>
      <span className="search-title">{result.title}</span>
      {result.context && <span className="search-context">{result.context}</span>}
    </>
  );
}

/** What a screen reader hears (and everyone sees) about the results so far. */
export function searchStatusText(status: SearchStatus, count: number, query: string): string {
  if (status === 'error') return 'Search could not load. Check your connection and try again.';
  if (status === 'loading') return 'Loading the search index…';
  if (status === 'idle') return 'Type to search topics, sections, AWS services and questions.';
  if (count === 0) return `No results for “${query.trim()}”.`;
  return `${count === 1 ? '1 result' : `${count} results`} for “${query.trim()}”.`;
}
