import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { useSearchShortcut } from './search-shortcut';

// The panel, the engine and the index load on first open: none of it is in a page's first download.
const SearchPanel = lazy(() => import('./search-panel'));

/** The search field while the panel loads: it takes the first keystrokes, which the panel then continues from. */
function SearchDraft({ value, onChange }: { value: string; onChange: (value: string) => void }): ReactNode {
  return (
    <>
      <div className="search-box">
        <input
          type="search"
          aria-label="Search topics, sections, services and questions"
          placeholder="Search the course"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      <p className="search-status" role="status">
        Loading search…
      </p>
    </>
  );
}

/** The search button of the header and its dialog: Ctrl+K, Cmd+K or / from any page; arrows and Enter pick. */
export function SearchDialog(): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const [opening, setOpening] = useState(0);
  const [open, setOpen] = useState(false);
  // What the learner types while the panel's chunk is still loading: the panel starts from it, so no key is lost.
  const [draft, setDraft] = useState('');
  const show = useCallback(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    setOpen(true);
    setDraft('');
    setOpening((n) => n + 1);
  }, []);
  useSearchShortcut(show);
  const close = useCallback(() => dialog.current?.close(), []);
  return (
    <>
      <button type="button" className="search-button" onClick={show} aria-keyshortcuts="Control+K Meta+K /" aria-haspopup="dialog">
        <span aria-hidden="true">⌕</span> Search <kbd aria-hidden="true">/</kbd>
      </button>
      <dialog
        ref={dialog}
        className="search-dialog"
        aria-label="Search the course"
        onClose={() => setOpen(false)}
        onClick={(e) => e.target === dialog.current && close()}
      >
        {open && (
          <Suspense fallback={<SearchDraft value={draft} onChange={setDraft} />}>
            {/* A fresh panel per opening: the query starts empty (or as typed so far) and the input takes focus. */}
            <SearchPanel key={opening} close={close} initialQuery={draft} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
