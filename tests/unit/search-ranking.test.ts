// @vitest-environment node
// Search ranking on the real course, through the real pipeline and the same index the browser loads.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { compileCourse, loadContent } from '@/pipeline/index';
import { searchDocuments, searchIndexJson } from '@/pipeline/search-documents';
import { searchOptions, type SearchDocument } from '@/content/search-model';
import { searchCourse } from '@/features/search/search-engine';
import { describeHit } from '@/features/search/search-results';

const course = compileCourse(loadContent('content'));
const documents = searchDocuments(course);
const index = MiniSearch.loadJSON<SearchDocument>(searchIndexJson(course), searchOptions());
const first = (query: string) => searchCourse(index, query)[0];
/** The document a hit stands for (the index numbers documents in base 36, in order). */
const documentOf = (hit: { id: string } | undefined) => (hit ? documents[parseInt(hit.id, 36)] : undefined);

describe('search on the real course', () => {
  it('indexes every topic, section, service and question', () => {
    const count = (kind: string) => documents.filter((d) => d.kind === kind).length;
    expect(count('topic')).toBe(course.topics.size);
    expect(count('question')).toBe([...course.questions.values()].flat().length);
    expect(count('section')).toBeGreaterThan(course.topics.size * 2);
    expect(count('service')).toBeGreaterThan(20);
  });

  it('puts the one section that teaches a rare word first, for many such words', () => {
    // Words that occur in exactly one document of the whole index, and that document is a section.
    const owners = new Map<string, Set<string>>();
    for (const doc of documents) {
      for (const word of new Set(`${doc.title} ${doc.keywords} ${doc.text}`.toLowerCase().match(/[a-z][a-z0-9]{6,}/g) ?? [])) {
        owners.set(word, (owners.get(word) ?? new Set()).add(doc.id));
      }
    }
    const sections = new Set(documents.filter((d) => d.kind === 'section').map((d) => d.id));
    // Skip words that are a prefix of another indexed word: prefix search rightly finds both.
    const words = [...owners.keys()];
    const rare = [...owners]
      .filter(([word, ids]) => ids.size === 1 && sections.has([...ids][0] ?? '') && !words.some((w) => w !== word && w.startsWith(word)))
      .slice(0, 60);
    expect(rare.length).toBeGreaterThan(30);
    for (const [word, ids] of rare) expect(documentOf(first(word))?.id, word).toBe([...ids][0]);
  });

  it('finds a number only one section teaches', () => {
    const hit = first('10,000');
    expect(hit).toBeDefined();
    const doc = documentOf(hit);
    expect(`${doc?.title} ${doc?.text}`).toMatch(/10,000/);
  });

  it('tolerates typos and matches prefixes', () => {
    expect(first('guardduty')?.title).toMatch(/GuardDuty/);
    expect(first('gaurdduty')?.title).toMatch(/GuardDuty/);
    expect(first('rate-based rul')?.topic).toMatch(/waf/);
    expect(searchCourse(index, 'envelpe encryption').slice(0, 3).map((h) => h.topic)).toContain('envelope-encryption');
  });

  it('names the layer, topic and section of a result and links to the heading', () => {
    const hit = first('ephemeral ports');
    expect(describeHit(hit!, course.index)).toMatchObject({
      kind: 'section',
      href: '/layers/network/security-groups-vs-nacls#ephemeral-ports',
      context: '3 · Network › Security groups and network ACLs',
    });
  });

  it('lands on the section where the words are, not the top of the topic; a title match stays the topic', () => {
    const hit = first('X-Origin-Verify');
    const result = describeHit(hit!, course.index);
    expect(result.href).toMatch(/^\/layers\/application\/waf-origin-protection#[a-z0-9-]+$/);
    expect(documentOf(hit)?.text.toLowerCase()).toContain('x-origin-verify');
    expect(searchCourse(index, 'X-Origin-Verify').filter((h) => h.kind === 'topic' && h.topic === 'waf-origin-protection')).toEqual([]);
    const titled = searchCourse(index, 'AWS Firewall Manager').find((h) => h.kind === 'topic');
    expect(describeHit(titled!, course.index)).toMatchObject({ href: '/layers/transport/aws-firewall-manager' });
  });

  it('opens a question result at /questions/<id>', () => {
    const q = [...course.questions.values()].flat()[0]!;
    const hit = searchCourse(index, q.id.replace(/-/g, ' ')).find((h) => h.kind === 'question');
    expect(describeHit(hit!, course.index).href).toBe(`/questions/${hit!.anchor}`);
  });

  it('returns nothing for an empty query', () => {
    expect(searchCourse(index, '   ')).toEqual([]);
  });
});
