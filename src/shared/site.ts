// Where mistakes are reported: the one setting is package.json's `repository` (read at build time, see
// repository-url.ts). Without one, the app copies a ready-made report for the learner to send.

/** The configured repository (set by vite.config.ts from package.json), or null. */
export const REPOSITORY_URL: string | null = import.meta.env.VITE_REPOSITORY_URL || null;

/** The text of a mistake report: what the issue form is prefilled with, or what is copied without a repository. */
export function mistakeReport(questionId: string, pageUrl: string, note: string): { title: string; body: string } {
  return {
    title: `Mistake in question ${questionId}`,
    body: [
      `Question: \`${questionId}\``,
      `Link: ${pageUrl}`,
      '',
      'What is wrong (answer key, explanation, outdated fact)?',
      note.trim() || '(not filled in)',
      '',
      'Source that shows the right answer (AWS documentation link):',
    ].join('\n'),
  };
}

/** A link that opens a new issue in `repository`, prefilled with the report. */
export function reportMistakeUrl(repository: string, report: { title: string; body: string }): string {
  return `${repository}/issues/new?${new URLSearchParams({ ...report, labels: 'question' }).toString()}`;
}
