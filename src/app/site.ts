// Where the project lives: the one place its repository URL is written.
export const REPOSITORY_URL = 'https://github.com/seven-layers/seven-layers';

/** A link that opens a new issue in the repository, prefilled to report a mistake in one question. */
export function reportMistakeUrl(questionId: string, pageUrl: string): string {
  const title = `Mistake in question ${questionId}`;
  const body = [
    `Question: \`${questionId}\``,
    `Link: ${pageUrl}`,
    '',
    'What is wrong (answer key, explanation, outdated fact)?',
    '',
    'Source that shows the right answer (AWS documentation link):',
  ].join('\n');
  return `${REPOSITORY_URL}/issues/new?${new URLSearchParams({ title, body, labels: 'question' }).toString()}`;
}
