// Loads MiniSearch and the course's index on first use: both are their own chunks, never in a page's first load.
import type MiniSearch from 'minisearch';
import { searchOptions, type SearchDocument } from '@/content/search-model';

let loading: Promise<MiniSearch<SearchDocument>> | null = null;

/** The course's search index, loaded once and shared by the dialog and the results page. */
export function loadSearchIndex(): Promise<MiniSearch<SearchDocument>> {
  loading ??= Promise.all([import('minisearch'), import('virtual:course/search-index')])
    .then(([{ default: MiniSearchClass }, { default: json }]) =>
      MiniSearchClass.loadJSON<SearchDocument>(json, searchOptions()),
    )
    .catch((error: unknown) => {
      loading = null; // a failed chunk load (offline, new deploy) may succeed on the next try
      throw error;
    });
  return loading;
}
