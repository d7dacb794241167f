import type { ReactNode } from 'react';
import type { TocEntry } from '@/content/model';

/** The on-page table of contents: every ## and ### heading, by its stable id. */
export function TableOfContents({ toc }: { toc: TocEntry[] }): ReactNode {
  if (toc.length === 0) return null;
  return (
    <nav className="toc" aria-label="On this page">
      <p className="toc-title">On this page</p>
      <ul>
        {toc.map((entry) => (
          <li key={entry.id} className={`toc-depth-${entry.depth}`}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
