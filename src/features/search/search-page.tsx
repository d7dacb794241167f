import { useEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { DocumentMeta } from '@/shared/document-meta';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { SearchResultText, searchStatusText } from './search-result-text';
import { useSearch } from './use-search';
import { AppLink } from '@/ui/app-link';

export const handle: RouteHandle = {
  meta: () => ({ title: pageTitle('Search'), description: 'Search the course: topics, sections, AWS services and exam-style questions.' }),
};

/** `/search?q=…`: a shareable results page. Prerendered as a shell; the query is read after hydration. */
export function Component(): ReactNode {
  const [params, setParams] = useSearchParams();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const query = mounted ? (params.get('q') ?? '') : '';
  const { status, results } = useSearch(query, mounted);
  const onChange = (value: string) => setParams(value ? { q: value } : {}, { replace: true, preventScrollReset: true });
  return (
    <div className="search-page">
      <DocumentMeta override={query ? { title: pageTitle(`“${query}”`, 'Search'), description: 'Search results' } : undefined} />
      <h1>Search</h1>
      <form role="search" className="search-page-box" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-page-input">Search topics, sections, AWS services and questions</label>
        <input id="search-page-input" type="search" value={query} onChange={(e) => onChange(e.target.value)} autoComplete="off" spellCheck={false} />
      </form>
      <p role="status" className="search-status">
        {mounted ? searchStatusText(status, results.length, query) : ''}
      </p>
      {results.length > 0 && (
        <ol className="search-page-results">
          {results.map((r) => (
            <li key={r.id}>
              <AppLink to={r.href}>
                <SearchResultText result={r} />
              </AppLink>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
