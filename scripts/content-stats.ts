// Prints the size of the course: a table by default, one JSON object with --json.
import { compileCourse, loadContent } from '../src/content/pipeline/index.ts';
import { courseStats } from '../src/content/pipeline/course-stats.ts';
import type { Block, Inline } from '../src/content/model.ts';

const course = compileCourse(loadContent('content'));
const stats = courseStats(course);
if (process.argv.includes('--changed')) {
  // Every "changed since the source" callout, one line each: where today's fact differs from the source document.
  const text = (blocks: Block[]): string =>
    blocks.map((b) => (b.type === 'paragraph' ? b.children.map(inlineText).join('') : '')).join(' ');
  const inlineText = (n: Inline): string => ('value' in n ? n.value : 'children' in n ? n.children.map(inlineText).join('') : ' ');
  const bodies: [string, Block[]][] = [
    ...[...course.layers.entries()].map(([k, b]): [string, Block[]] => [`${k} (layer)`, b.blocks]),
    ...[...course.topics.entries()].map(([k, b]): [string, Block[]] => [k, b.blocks]),
  ];
  for (const [where, blocks] of bodies) {
    for (const b of blocks) if (b.type === 'callout' && b.kind === 'changed') console.log(`- ${where}: ${text(b.children).replace(/\s+/g, ' ').trim()}`);
  }
} else if (process.argv.includes('--json')) {
  console.log(JSON.stringify(stats));
} else {
  const row = (name: string, value: number | string) => console.log(`| ${name.padEnd(46)} | ${String(value).padStart(5)} |`);
  console.log(`| ${'what'.padEnd(46)} | count |\n| ${'-'.repeat(46)} | ----: |`);
  for (const key of ['layers', 'topics', 'sections', 'diagrams', 'questions'] as const) row(key, stats[key]);
  for (const [kind, n] of Object.entries(stats.callouts)) row(`callouts: ${kind}`, n);
  for (const [group, values] of [
    ['domain', stats.questionsByDomain],
    ['type', stats.questionsByType],
    ['difficulty', stats.questionsByDifficulty],
    ['layer', stats.questionsByLayer],
  ] as const) {
    for (const [name, n] of Object.entries(values)) row(`questions by ${group}: ${name}`, n);
  }
  const perTopic = Object.values(stats.questionsByTopic);
  row('questions per topic: fewest', Math.min(...perTopic));
  row('questions per topic: most', Math.max(...perTopic));
}
