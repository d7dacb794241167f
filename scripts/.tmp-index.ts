import { gzipSync } from 'node:zlib';
import { compileCourse, loadContent } from '../src/content/pipeline/index.ts';
const c = compileCourse(loadContent(process.argv[2] ?? 'content'));
const full = { ...c.index, layers: c.index.layers.map((l) => ({ ...l, topics: l.topics.map(({ summary, tags, related, skills, ...e }) => e) })) };
const min = { title: c.index.title, layers: c.index.layers.map((l) => ({ number: l.number, slug: l.slug, title: l.title, topics: l.topics.map((t) => ({ slug: t.slug, title: t.title })) })) };
const gz = (x: unknown) => gzipSync(JSON.stringify(JSON.stringify(x)), { level: 9 }).length;
console.log('topics', c.index.layers.flatMap((l) => l.topics).length, 'full', gz(full), 'min', gz(min), 'raw full', JSON.stringify(full).length);
