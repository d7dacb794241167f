import type { Question } from '../engine/registry.ts';
import type { Block } from '../content/model.ts';
import type { CompiledCourse } from './course.ts';

export interface CourseStats {
  layers: number;
  topics: number;
  sections: number;
  diagrams: number;
  questions: number;
  callouts: Record<string, number>;
  questionsByDomain: Record<string, number>;
  questionsByType: Record<string, number>;
  questionsByDifficulty: Record<string, number>;
  questionsByLayer: Record<string, number>;
  questionsByTopic: Record<string, number>;
}

const count = <T>(items: T[], key: (item: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};

function walk(blocks: Block[], visit: (b: Block) => void): void {
  for (const block of blocks) {
    visit(block);
    if (block.type === 'callout' || block.type === 'blockquote') walk(block.children, visit);
    if (block.type === 'list') block.items.forEach((item) => walk(item.children, visit));
  }
}

/** Counts of the compiled course, for `npm run content:stats` and the course-size tests. */
export function courseStats(course: CompiledCourse): CourseStats {
  const questions: Question[] = [...course.questions.values()].flat();
  const bodies = [...course.topics.values(), ...course.layers.values(), { blocks: course.intro.blocks }];
  let sections = 0;
  const callouts: string[] = [];
  for (const body of bodies) {
    walk(body.blocks, (b) => {
      if (b.type === 'heading' && b.depth <= 3) sections++;
      if (b.type === 'callout') callouts.push(b.kind);
    });
  }
  return {
    layers: course.index.layers.length,
    topics: course.topics.size,
    sections,
    diagrams: course.diagrams.length,
    questions: questions.length,
    callouts: count(callouts, (k) => k),
    questionsByDomain: count(questions, (q) => q.domain),
    questionsByType: count(questions, (q) => q.type),
    questionsByDifficulty: count(questions, (q) => q.difficulty),
    questionsByLayer: count(questions, (q) => q.layer),
    questionsByTopic: Object.fromEntries([...course.questions].map(([key, list]) => [key, list.length])),
  };
}
