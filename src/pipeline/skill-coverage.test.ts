// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileCourse } from './course.ts';
import { loadContent } from './load.ts';
import { outlineIndex } from './outline-index.ts';
import { skillCoverage } from './skill-coverage.ts';

const course = compileCourse(loadContent('tests/fixtures/course'), 'tests/fixtures/course');

describe('coverage of the outline (fixture course)', () => {
  const coverage = skillCoverage(course);
  const skill = (id: string) => coverage.domains.flatMap((d) => d.tasks.flatMap((t) => t.skills)).find((s) => s.id === id);

  it('counts each skill\'s topics and questions, and says what falls short', () => {
    expect(skill('3.1.3')).toMatchObject({ topics: ['application/waf'], questions: 1, problems: ['1 questions; at least 3 needed'] });
    expect(skill('2.2.4')?.problems).toEqual(['no topic teaches it', '1 questions; at least 3 needed']);
    expect(skill('5.3.4')?.questions).toBe(0);
  });

  it('holds each domain against the ten-exam target', () => {
    const detection = coverage.domains.find((d) => d.slug === 'detection');
    expect(detection?.target).toBe(100);
    expect(detection?.problems[0]).toMatch(/questions; 100 needed for ten exams/);
  });

  it('the exam guide index lists the topics and sections that teach a skill', () => {
    const outline = outlineIndex(course);
    expect(outline.places['3.1.3']?.map((p) => `${p.layer}/${p.topic}#${p.section ?? ''}`)).toEqual(['application/waf#', 'application/waf#rate-based-rules']);
    expect(outline.questions.find((q) => q[0] === 'fx-waf-single')).toEqual(['fx-waf-single', 'application', '3.1.3']);
  });
});

describe('the bank rules (fixture course)', () => {
  it('name what falls short: a thin skill, a short domain, a topic without skills', async () => {
    const { checkBankRules } = await import('./course-rules.ts');
    const messages = checkBankRules(course, loadContent('tests/fixtures/course')).map((i) => `${i.file}:${i.line}: ${i.message}`);
    expect(messages).toContain('src/content/blueprint.ts:1: skill 3.1.3 (Restrict by geography, rate and client fingerprint): 1 questions; at least 3 needed');
    expect(messages).toContain('src/content/blueprint.ts:1: domain iam: 0 questions; 130 needed for ten exams');
    expect(messages).toContain('src/content/blueprint.ts:1: domain iam: no single, multiple, ordering, matching questions');
    expect(messages).toContain('tests/fixtures/course/06-presentation/kms.md:1: topic lists no skills: (the outline skills it teaches)');
  });
});
