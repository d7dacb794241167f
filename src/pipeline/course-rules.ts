import { registry } from '../engine/registry.ts';
import type { Block } from '../content/model.ts';
import type { CompiledCourse } from './course.ts';
import type { ContentIssue } from './issues.ts';
import { locateFile } from './links.ts';
import type { SourceFile } from './load.ts';
import { cueReport, cueViolations } from './question-cues.ts';
import { skillCoverage } from './skill-coverage.ts';

const hasCallout = (blocks: Block[], kind: string): boolean => blocks.some((b) => b.type === 'callout' && b.kind === kind);

/** The course's editorial rules (exam tips, traps, question counts and shapes), beyond what makes a file valid. */
export function checkCourseRules(course: CompiledCourse, files: SourceFile[], minQuestions = 8): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const fileOf = (layer: string, topic: string) =>
    files.find((f) => f.path.endsWith(`/${topic}.md`) && f.path.split('/').at(-2)?.endsWith(`-${layer}`));
  const lineOf = (file: SourceFile | undefined, needle: string) => (file?.text.split('\n').findIndex((l) => l.startsWith(needle)) ?? 0) + 1;
  for (const [key, topic] of course.topics) {
    const file = fileOf(topic.layer, topic.slug);
    const path = file?.path ?? key;
    if (!hasCallout(topic.blocks, 'exam')) issues.push({ file: path, line: 1, message: 'topic has no [!EXAM] exam-tip callout' });
    if (!topic.toc.some((t) => t.id === 'common-traps')) issues.push({ file: path, line: 1, message: 'topic has no "## Common traps" section' });
    const questions = course.questions.get(key) ?? [];
    if (questions.length < minQuestions) {
      issues.push({ file: path, line: lineOf(file, '## Questions'), message: `topic has ${questions.length} questions; the course asks for at least ${minQuestions}` });
    }
    for (const q of questions) {
      const line = lineOf(file, `### ${q.id}`);
      for (const message of registry.of(q).courseRules?.(q) ?? []) issues.push({ file: path, line, message });
    }
  }
  return issues;
}

/**
 * The bank against the exam: every skill of the outline taught and asked at least three times, every domain with
 * enough questions for ten distinct exams and all four types, every question tied to a skill, and no surface cue
 * beyond its bound (question-cues.ts).
 */
export function checkBankRules(course: CompiledCourse, files: SourceFile[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const blueprintFile = 'src/content/blueprint.ts';
  for (const domain of skillCoverage(course).domains) {
    for (const problem of domain.problems) issues.push({ file: blueprintFile, line: 1, message: `domain ${domain.slug}: ${problem}` });
    for (const skill of domain.tasks.flatMap((t) => t.skills)) {
      for (const problem of skill.problems) issues.push({ file: blueprintFile, line: 1, message: `skill ${skill.id} (${skill.label}): ${problem}` });
    }
  }
  for (const [key, questions] of course.questions) {
    const file = files.find((f) => {
      const at = locateFile(f.path);
      return at !== null && `${at.layer}/${at.topic}` === key;
    });
    for (const q of questions) {
      if (q.skill) continue;
      const line = (file?.text.split('\n').findIndex((l) => l.startsWith(`### ${q.id}`)) ?? 0) + 1;
      issues.push({ file: file?.path ?? key, line, message: `question "${q.id}" has no skill: line (e.g. skill: 4.2.5)` });
    }
  }
  for (const topic of course.index.layers.flatMap((l) => l.topics)) {
    if (topic.skills.length) continue;
    const file = files.find((f) => locateFile(f.path)?.layer === topic.layer && locateFile(f.path)?.topic === topic.slug);
    issues.push({ file: file?.path ?? `${topic.layer}/${topic.slug}`, line: 1, message: 'topic lists no skills: (the outline skills it teaches)' });
  }
  for (const violation of cueViolations(cueReport([...course.questions.values()].flat()))) {
    issues.push({ file: 'content', line: 1, message: `question bank: ${violation} (npm run content:stats -- --audit)` });
  }
  return issues;
}
