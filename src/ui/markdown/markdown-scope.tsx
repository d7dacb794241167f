import { createContext, useContext } from 'react';

/**
 * Where compiled Markdown is shown. A topic page shows one body as written; the layer cheat sheet shows every
 * topic of a layer on one page, so each body's ids get a prefix (no two sections share an id), its headings move
 * one level down (under the topic's own heading) and the per-section link buttons are left out.
 */
export interface MarkdownScope {
  idPrefix: string;
  headingOffset: number;
  sectionLinks: boolean;
}

export const MarkdownScopeContext = createContext<MarkdownScope>({ idPrefix: '', headingOffset: 0, sectionLinks: true });

export const useMarkdownScope = (): MarkdownScope => useContext(MarkdownScopeContext);

/** The heading element for a Markdown heading of `depth` in this scope (never deeper than h6). */
export const headingTag = (depth: number, scope: MarkdownScope): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' =>
  `h${Math.min(6, Math.max(2, depth + scope.headingOffset))}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
