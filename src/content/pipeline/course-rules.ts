import type { Block } from '../model.ts';
import type { CompiledCourse } from './course.ts';
import type { ContentIssue } from './issues.ts';
import type { SourceFile } from './load.ts';

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
      if (q.type === 'single' && q.options.length !== 4) issues.push({ file: path, line, message: `multiple-choice question "${q.id}" has ${q.options.length} options; the exam uses 4` });
      if (q.type === 'multiple' && q.options.length < 5) issues.push({ file: path, line, message: `multiple-response question "${q.id}" has ${q.options.length} options; the exam uses 5 or more` });
    }
  }
  return issues;
}
