/** One problem found in a content file, reported as `file:line: message`. */
export interface ContentIssue {
  file: string;
  line: number;
  message: string;
}

export const formatIssue = (issue: ContentIssue): string => `${issue.file}:${issue.line}: ${issue.message}`;

/** Thrown by the build when the content has problems; the message lists every one of them. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`Content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Collects issues for one file so the steps of the pipeline can report without knowing the file name. */
export class IssueSink {
  readonly issues: ContentIssue[] = [];
  constructor(readonly file: string) {}
  report(line: number | undefined, message: string): void {
    this.issues.push({ file: this.file, line: line ?? 1, message });
  }
}

export const sortIssues = (issues: ContentIssue[]): ContentIssue[] =>
  [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
