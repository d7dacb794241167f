// The documents of the search index, from the compiled course: pure, so ranking can be tested on real content.
import MiniSearch from 'minisearch';
import type { Question } from '../engine/registry.ts';
import type { Block, TopicBody } from '../content/model.ts';
import { blocksText } from '../content/plain-text.ts';
import { searchOptions, type SearchDocument } from '../content/search-model.ts';
import { servicesIndex } from '../content/services-index.ts';
import type { CompiledCourse } from './course.ts';

interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

/** Splits a topic body at its ## and ### headings; blocks before the first heading are the introduction. */
export function topicSections(body: Pick<TopicBody, 'blocks'>): { intro: Block[]; sections: Section[] } {
  const intro: Block[] = [];
  const sections: Section[] = [];
  for (const block of body.blocks) {
    if (block.type === 'heading' && block.depth <= 3) sections.push({ id: block.id, title: block.text, blocks: [] });
    else (sections.at(-1)?.blocks ?? intro).push(block);
  }
  return { intro, sections };
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

// A question is found by its stem (the scenario); its options would double the index and mostly repeat sections.
function questionDocument(q: Question): SearchDocument {
  const stem = blocksText(q.stem);
  return {
    id: `question:${q.id}`, kind: 'question', title: clip(stem.replace(/\s+/g, ' '), 110), text: stem,
    keywords: q.id.replace(/-/g, ' '), layer: q.layer, topic: q.topic, anchor: q.id,
  };
}

/** Every searchable document of the course: topics, their sections, services and questions. */
export function searchDocuments(course: Pick<CompiledCourse, 'index' | 'topics' | 'questions'>): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const topic of course.index.layers.flatMap((l) => l.topics)) {
    const body = course.topics.get(`${topic.layer}/${topic.slug}`);
    if (!body) continue;
    const { intro, sections } = topicSections(body);
    const keywords = [...topic.services, ...topic.tags].join(' ');
    const base = { layer: topic.layer, topic: topic.slug };
    docs.push({ ...base, id: `topic:${topic.layer}/${topic.slug}`, kind: 'topic', title: topic.title, text: `${topic.summary}\n${blocksText(intro)}`, keywords, anchor: '' });
    for (const s of sections) {
      docs.push({ ...base, id: `section:${topic.layer}/${topic.slug}#${s.id}`, kind: 'section', title: s.title, text: blocksText(s.blocks), keywords: topic.title, anchor: s.id });
    }
  }
  for (const service of servicesIndex(course.index)) {
    const text = service.topics.map((t) => t.title).join('\n');
    docs.push({ id: `service:${service.id}`, kind: 'service', title: service.name, text, keywords: '', layer: '', topic: '', anchor: service.id });
  }
  for (const q of [...course.questions.values()].flat()) docs.push(questionDocument(q));
  return docs;
}

/** The MiniSearch index of the course, serialised for MiniSearch.loadJSON in the browser. */
export function searchIndexJson(course: Pick<CompiledCourse, 'index' | 'topics' | 'questions'>): string {
  const index = new MiniSearch<SearchDocument>(searchOptions());
  // Short ids: a result is described by its stored fields, and long ids would only add to the download.
  index.addAll(searchDocuments(course).map((doc, i) => ({ ...doc, id: i.toString(36) })));
  return JSON.stringify(index);
}
