// Every in-app URL is built here: the URL scheme is a public contract (shared links must keep working).
import type { LayerSlug } from '@/content/constants';

const hash = (section?: string | null): string => (section ? `#${section}` : '');

export const paths = {
  home: () => '/',
  about: () => '/about',
  layer: (layer: LayerSlug) => `/layers/${layer}`,
  topic: (layer: LayerSlug, topic: string, section?: string | null) => `/layers/${layer}/${topic}${hash(section)}`,
  notFound: () => '/404',
  question: (id: string) => `/questions/${id}`,
  services: () => '/services',
  /** The shareable results page of a search. */
  search: (query?: string) => (query ? `/search?${new URLSearchParams({ q: query })}` : '/search'),
} as const;
