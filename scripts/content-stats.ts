// Prints the size of the course: a table by default, one JSON object with --json.
import { compileCourse, loadContent } from '../src/pipeline/index.ts';
import { courseStats } from '../src/pipeline/course-stats.ts';
import type { Block, Inline } from '../src/content/model.ts';
import type { Question } from '../src/engine/registry.ts';
import { cueReport, cueViolations, questionCues, type CueReport } from '../src/pipeline/question-cues.ts';
import { skillCoverage } from '../src/pipeline/skill-coverage.ts';

const course = compileCourse(loadContent('content'));
const stats = courseStats(course);
const allQuestions: Question[] = [...course.questions.values()].flat();
const pct = (x: number) => `${Math.round(x * 100)}%`;

function printCues(report: CueReport): void {
  console.log(`questions ${report.questions}; median stem ${report.medianStemWords} words (${report.shortStems} under 45)`);
  console.log(`single choice ${report.single}: key length rank 1–4 = ${report.keyLengthRank.map(pct).join(' / ')}`);
  const s = report.strategies;
  console.log(`  test-wise picks: longest ${pct(s.longest)}, second longest ${pct(s.secondLongest)}, most stem overlap ${pct(s.mostStemOverlap)}, fewest absolutes ${pct(s.fewestAbsolutes)} (chance 25%)`);
  console.log(`multiple response ${report.multiple}: every right option longer than every wrong one in ${pct(report.multipleRightAllLonger)}`);
}

if (process.argv.includes('--audit')) {
  // Per-question cues for the files named after --audit (path substrings), then their cue report.
  const wanted = process.argv.slice(process.argv.indexOf('--audit') + 1).filter((a) => !a.startsWith('--'));
  const chosen = allQuestions.filter((q) => !wanted.length || wanted.some((w) => `${q.layer}/${q.topic}`.includes(w) || w.includes(q.topic)));
  for (const q of chosen) console.log(`${q.layer}/${q.topic} ${q.id} [${q.type}, ${q.domain}, ${q.skill ?? '-'}]: ${questionCues(q).join('; ')}`);
  printCues(cueReport(chosen));
} else if (process.argv.includes('--changed')) {
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

  console.log('\n## Coverage of the SCS-C03 outline\n');
  const coverage = skillCoverage(course);
  console.log('| domain / task / skill | topics | questions | types | |\n| --- | ---: | ---: | --- | --- |');
  for (const d of coverage.domains) {
    console.log(`| **${d.name}** | | ${d.questions} (target ${d.target}) | ${d.types.join(', ')} | ${d.problems.join('; ')} |`);
    for (const t of d.tasks) {
      console.log(`| ${t.id} ${t.label} | | ${t.questions} | | |`);
      for (const k of t.skills) console.log(`| ${k.id} ${k.label} | ${k.topics.length} | ${k.questions} | | ${k.problems.join('; ')} |`);
    }
  }
  console.log('\n## Surface cues (a test-wise reader who knows no AWS)\n');
  const report = cueReport(allQuestions);
  printCues(report);
  const violations = cueViolations(report);
  console.log(violations.length ? `\nOut of bounds:\n- ${violations.join('\n- ')}` : '\nAll within bounds.');
}
