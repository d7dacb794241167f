// The search index's documents and options, shared by the build (which indexes) and the browser (which loads
// the index): MiniSearch.loadJSON needs exactly the options the index was built with.
import type { LayerSlug } from './constants';

export type SearchKind = 'topic' | 'section' | 'service' | 'question';

/** One searchable thing: a topic's introduction, a section of a topic, an AWS service, or a question. */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  /** The heading, topic title, service name or the start of a question's stem. */
  title: string;
  /** The body text: never shown, only matched. */
  text: string;
  /** Services, tags and the topic title: words that say what the document is about. */
  keywords: string;
  layer: LayerSlug | '';
  topic: string;
  /** A heading id for sections, the question id for questions, the service's anchor for services. */
  anchor: string;
}

/** The fields shown in a result; the rest are only indexed. */
export type StoredSearchFields = Pick<SearchDocument, 'kind' | 'title' | 'layer' | 'topic' | 'anchor'>;

/** Words and numbers: `10,000` and `TLS 1.2` stay one token each (a search for a number must find it). */
export function tokenize(text: string): string[] {
  return text.match(/\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+/gu) ?? [];
}

// Words too common to tell sections apart: leaving them out keeps the index (a download) a third smaller.
const STOP_WORDS = new Set(
  ('a an and are as at be but by can do does for from has have if in into is it its it\'s no not of on or so than that the ' +
    'their them then there these they this those to was were what when which who will with you your').split(' '),
);

/** Lower case, `10,000` is `10000` so either spelling finds it, and common words are not indexed. */
export const processTerm = (term: string): string | null => {
  const word = term.toLowerCase().replace(/(?<=\p{N}),(?=\p{N})/gu, '');
  return STOP_WORDS.has(word) ? null : word;
};

export const SEARCH_OPTIONS = {
  fields: ['title', 'keywords', 'text'],
  storeFields: ['kind', 'title', 'layer', 'topic', 'anchor'],
  tokenize,
  processTerm,
} as const;

/** Title matches weigh most; a section's own words beat a topic's keywords. */
export const SEARCH_BOOST = { title: 4, keywords: 1.5, text: 1 } as const;

/** Sections and topics are what people search for; questions and services come after an equal match. */
export const KIND_BOOST: Record<SearchKind, number> = { section: 1.2, topic: 1.1, service: 1, question: 0.6 };

/** The options to build or load the index with (mutable copies, as MiniSearch's types want). */
export const searchOptions = () => ({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
