import { useState, type ReactNode } from 'react';
import type { LabName } from '@/content/model';
import { paths } from '@/shared/paths';
import { encodeLabState } from './lab-link';

/** Makes a link that opens this lab exactly as it is now, copies it, and shows it for copying by hand. */
export function ShareLab({ lab, slug, state }: { lab: LabName; slug: string; state: unknown }): ReactNode {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const share = async () => {
    const url = new URL(paths.labScenario(lab, slug, await encodeLabState(state)), window.location.origin).toString();
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="share-lab">
      <button type="button" className="button button-secondary" onClick={() => void share()}>
        Link to this lab as it is
      </button>
      {link && (
        <p role="status">
          {copied ? 'Copied. ' : 'Copy this link: '}
          <input className="share-lab-link" aria-label="Link to this lab state" readOnly value={link} onFocus={(e) => e.target.select()} />
        </p>
      )}
    </div>
  );
}
