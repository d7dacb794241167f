import type { UIMatch } from 'react-router';

/** What a page tells the document head: used by the prerenderer and, on navigation, by <DocumentMeta>. */
export interface PageMeta {
  title: string;
  description: string;
}

export interface RouteHandle {
  /** Null when the route has no data to describe (its loader failed). */
  meta?: (data: unknown) => PageMeta | null;
}

export const SITE_NAME = 'Seven Layers';
export const DEFAULT_DESCRIPTION = 'Study AWS security layer by layer through the OSI model, for the AWS Certified Security – Specialty exam.';

export const pageTitle = (...parts: string[]): string => [...parts, SITE_NAME].join(' · ');

/** The meta of the deepest route that declares one. */
export function metaFromMatches(matches: Pick<UIMatch, 'handle' | 'data'>[]): PageMeta {
  for (let i = matches.length - 1; i >= 0; i--) {
    const match = matches[i];
    const handle = match?.handle as RouteHandle | undefined;
    const meta = handle?.meta?.(match?.data);
    if (meta) return meta;
  }
  return { title: SITE_NAME, description: DEFAULT_DESCRIPTION };
}
