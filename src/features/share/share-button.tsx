import type { ReactNode } from 'react';
import { absoluteLink, copyText, shareLink, type ShareOutcome } from './share-link';
import { useFlash } from './use-flash';

/** A chain-link icon, drawn by CSS (an element, not inline SVG: content HTML stays free of <svg>). */
function LinkIcon(): ReactNode {
  return <span aria-hidden="true" className="link-icon" />;
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
