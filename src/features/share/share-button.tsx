import type { ReactNode } from 'react';
import { absoluteLink, copyText, shareLink, type ShareOutcome } from './share-link';
import { useFlash } from './use-flash';

function LinkIcon(): ReactNode {
  return (
    <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
      <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
    </svg>
  );
}

/** A small button that copies the link to a heading (`hash`) on this page, or on `path`. */
export function CopyLinkButton({ hash, label, path }: { hash: string; label: string; path?: string }): ReactNode {
  const [message, flash] = useFlash();
  const copy = async () => flash((await copyText(absoluteLink(hash, path))) ? 'Link copied' : 'Could not copy the link');
  return (
    <>
      <button type="button" className="copy-link" onClick={() => void copy()} aria-label={`Copy link to ${label}`} title="Copy link">
        <LinkIcon />
      </button>
      <span role="status" className={message ? 'copy-link-status' : 'visually-hidden'}>
        {message}
      </span>
    </>
  );
}

const OUTCOME_MESSAGES: Record<ShareOutcome, string> = { shared: '', cancelled: '', copied: 'Link copied', failed: 'Could not share the link' };

/** Share this page (at `hash`) through the system share sheet, or copy its link where there is none. */
export function ShareButton({ title, hash, path }: { title: string; hash?: string; path?: string }): ReactNode {
  const [message, flash] = useFlash();
  const share = async () => flash(OUTCOME_MESSAGES[await shareLink({ title, url: absoluteLink(hash, path) })]);
  return (
    <span className="share">
      <button type="button" className="button button-quiet" onClick={() => void share()}>
        <LinkIcon /> Share
      </button>
      <span role="status" className="share-status">
        {message}
      </span>
    </span>
  );
}
