import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/shared/paths';
import { SearchResultText, searchStatusText } from './search-result-text';
import { useSearch } from './use-search';
import { AppLink } from '@/ui/app-link';

const DIALOG_RESULTS = 8;

/** The inside of the search dialog: a combobox and its results (its own chunk, loaded on first open). */
export default function SearchPanel({ close, initialQuery = '' }: { close: () => void; initialQuery?: string }): ReactNode {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const navigate = useNavigate();
  const { status, results: all } = useSearch(query);
  const results = all.slice(0, DIALOG_RESULTS);
  const go = (href: string) => {
    close();
    void navigate(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    const move = moves[event.key];
    if (move !== undefined && results.length > 0) {
      event.preventDefault();
      setActive((i) => (i + move + results.length) % results.length);
    } else if (event.key === 'Escape') {
      // A search field would first clear itself on Escape; in this dialog Escape closes, as people expect.
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[active];
      if (chosen) go(chosen.href);
      else if (query.trim()) go(paths.search(query.trim()));
    }
  };

  const listId = 'search-dialog-results';
  const optionId = (i: number) => `search-dialog-option-${i}`;
  return (
    <>
      <div className="search-box">
        <input
          type="search"
          role="combobox"
          aria-label="Search topics, sections, services and questions"
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={results.length > 0 ? listId : undefined}
          aria-activedescendant={results[active] ? optionId(active) : undefined}
          placeholder="Search the course"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="search-close" onClick={close}>
          Close
        </button>
      </div>
      <p className="search-status" role="status">
        {searchStatusText(status, all.length, query)}
      </p>
      {results.length > 0 && (
        <ul className="search-results" role="listbox" id={listId} aria-label="Results">
          {results.map((r, i) => (
            <li key={r.id} id={optionId(i)} role="option" aria-selected={i === active} onClick={() => go(r.href)} onMouseMove={() => setActive(i)}>
              <SearchResultText result={r} />
            </li>
          ))}
        </ul>
      )}
      {query.trim() && status === 'ready' && (
        <p className="search-all">
          <AppLink to={paths.search(query.trim())} onClick={close}>
            All results for “{query.trim()}”
          </AppLink>
        </p>
      )}
      <p className="search-hints muted" aria-hidden="true">
        <kbd>↑</kbd> <kbd>↓</kbd> to choose · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
      </p>
    </>
  );
}
