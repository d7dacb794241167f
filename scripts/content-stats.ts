// Prints the size of the course: a table by default, one JSON object with --json.
import { compileCourse, loadContent } from '../src/content/pipeline/index.ts';
import { courseStats } from '../src/content/pipeline/course-stats.ts';

const stats = courseStats(compileCourse(loadContent('content')));
if (process.argv.includes('--json')) {
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
