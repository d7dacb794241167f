// The build-time content pipeline: load → parse → validate → model. Node only; never imported by browser code.
import { compileCourse, type CompiledCourse } from './course.ts';
import { sortIssues } from './issues.ts';
import { loadContent } from './load.ts';
import { checkDiagrams } from './mermaid-check.ts';

export { compileCourse, type CompiledCourse } from './course.ts';
export { ContentError, formatIssue, type ContentIssue } from './issues.ts';
export { loadContent, type SourceFile } from './load.ts';
export { checkDiagrams } from './mermaid-check.ts';

/** Loads, compiles and checks the course (diagrams included); issues are returned, not thrown. */
export async function buildCourse(contentDir: string, root = process.cwd()): Promise<CompiledCourse> {
  const course = compileCourse(loadContent(contentDir, root), contentDir);
  const diagramIssues = await checkDiagrams(course.diagrams);
  return { ...course, issues: sortIssues([...course.issues, ...diagramIssues]) };
}
