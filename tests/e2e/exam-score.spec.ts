import { compileCourse } from '../../src/pipeline/course';
import { loadContent } from '../../src/pipeline/load';
import { correctAnswer } from '../../src/engine/question-types';
import { expect, test } from './fixtures';

// A submitted exam whose score the old formulas disagreed on: two questions answered right, one unanswered and one
// no longer in the bank. One score says 2 of 4 everywhere: 100 + (0.5 / 0.72) × 650 ≈ 551.
const [first, second, third] = [...compileCourse(loadContent('content')).questions.values()].flat();

test('the result page, the past-exams list and the dashboard show the same score for the same exam', async ({ page }) => {
  if (!first || !second || !third) throw new Error('the course has fewer than three questions');
  const now = Date.now();
  const event = (n: number, body: Record<string, unknown>) => ({ id: `seeded-${n}`, at: now - 60_000 + n, ...body });
  const events = [
    event(1, { type: 'exam-started', exam: 'seeded', questionIds: [first.id, second.id, third.id, 'removed-from-the-bank'], durationMs: 170 * 60_000 }),
    event(2, { type: 'exam-answered', exam: 'seeded', questionId: first.id, chosen: correctAnswer(first), flagged: false }),
    event(3, { type: 'exam-answered', exam: 'seeded', questionId: second.id, chosen: correctAnswer(second), flagged: false }),
    event(4, { type: 'exam-submitted', exam: 'seeded', reason: 'submitted' }),
  ];
  await page.addInitScript((raw) => {
    if (!localStorage.getItem('seven-layers:progress')) localStorage.setItem('seven-layers:progress', raw);
  }, JSON.stringify({ app: 'seven-layers', version: 3, events }));

  await page.goto('/exam?result=seeded');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam result: 551 / 1,000 — below the pass mark');
  await expect(page.getByText(/^2 of 4 right/)).toBeVisible();

  await page.goto('/exam');
  await expect(page.getByRole('region', { name: 'Your past exams' }).getByRole('listitem')).toContainText('551 / 1,000 (2 of 4 right)');

  await page.goto('/progress');
  await expect(page.locator('.exam-chart desc')).toHaveText(/latest 551, best 551/);
  await expect(page.locator('.exam-chart table td').filter({ hasText: /^551$/ })).toHaveCount(1);
});
