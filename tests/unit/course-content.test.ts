// @vitest-environment node
// The real course, through the real pipeline: what the course promises its learners (issue: the course).
import { describe, expect, it } from 'vitest';
import { compileCourse, loadContent } from '@/pipeline/index';
import { checkBankRules, checkCourseRules } from '@/pipeline/course-rules';
import { courseStats } from '@/pipeline/course-stats';
import { DOMAINS, LAYER_SLUGS } from '@/content/constants';

const files = loadContent('content');
const course = compileCourse(files);
const stats = courseStats(course);

describe('the course', () => {
  it('compiles without a problem and keeps its editorial rules', () => {
    expect([...course.issues, ...checkCourseRules(course, files)].map((i) => `${i.file}:${i.line}: ${i.message}`)).toEqual([]);
  });

  it('teaches and tests every skill of the outline, holds ten exams per domain, and gives a test-wise reader no cue', () => {
    expect(checkBankRules(course, files).map((i) => `${i.file}:${i.line}: ${i.message}`)).toEqual([]);
  });

  it('has all seven layers and the cross-layer part, each with topics', () => {
    expect(course.index.layers.map((l) => l.slug)).toEqual([...LAYER_SLUGS]);
    for (const layer of course.index.layers) expect(layer.topics.length, layer.slug).toBeGreaterThanOrEqual(3);
  });

  it('has at least 400 questions, 8 per topic, 40 per domain, and all four types', () => {
    expect(stats.questions).toBeGreaterThanOrEqual(400);
    for (const [topic, n] of Object.entries(stats.questionsByTopic)) expect(n, topic).toBeGreaterThanOrEqual(8);
    for (const domain of Object.keys(DOMAINS)) expect(stats.questionsByDomain[domain] ?? 0, domain).toBeGreaterThanOrEqual(40);
    for (const type of ['single', 'multiple', 'ordering', 'matching']) expect(stats.questionsByType[type] ?? 0, type).toBeGreaterThan(20);
  });

  it('has at least 25 titled diagrams', () => {
    expect(stats.diagrams).toBeGreaterThanOrEqual(25);
    expect(course.diagrams.every((d) => d.title.trim().length > 3)).toBe(true);
  });

  it('links every question to an existing section', () => {
    for (const q of [...course.questions.values()].flat()) {
      const topic = course.topics.get(`${q.teaches.layer}/${q.teaches.topic}`);
      expect(topic?.toc.some((t) => t.id === q.teaches.section), `${q.id} teaches ${q.teaches.section}`).toBe(true);
    }
  });
});
