import type { ReactNode } from 'react';
import type { TocEntry } from '@/content/model';
import { useActiveSection } from './use-active-section';

/** The on-page table of contents: every ## and ### heading, by its stable id; the section being read is marked. */
export function TableOfContents({ toc }: { toc: TocEntry[] }): ReactNode {
  const active = useActiveSection(toc.map((e) => e.id));
  if (toc.length === 0) return null;
  return (
    <nav className="toc" aria-label="On this page">
      <p className="toc-title">On this page</p>
      <ul>
        {toc.map((entry) => (
          <li key={entry.id} className={`toc-depth-${entry.depth}`}>
            <a href={`#${entry.id}`} aria-current={entry.id === active ? 'location' : undefined}>
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
