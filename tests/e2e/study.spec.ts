import { compileCourse } from '../../src/pipeline/course';
import { loadContent } from '../../src/pipeline/load';
import { blocksText } from '../../src/content/plain-text';
import { scaledScore } from '../../src/engine/exam-score';
import { expect, test } from './fixtures';
import { answerSomething, clockText, storedEvents } from './study-helpers';

test('a whole practice quiz: answer, check, explanations, score and review', async ({ page }) => {
  await page.goto('/layers/application/aws-waf');
  await page.getByRole('link', { name: /Quiz me on this/ }).click();
  await expect(page).toHaveURL(/\/quiz\?topic=application%2Faws-waf.*seed=/);
  await page.goto('/quiz?topic=aws-waf&count=3&seed=e2e');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz: AWS WAF');
  // Whatever is answered, the verdict shown, the score and the stored results must agree.
  const shown: boolean[] = [];
  for (let i = 1; i <= 3; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i} of 3` })).toBeVisible();
    await answerSomething(page);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const verdict = page.locator('.verdict');
    await expect(verdict).toContainText(/Correct|Not quite/);
    shown.push((await page.locator('.verdict-title').textContent()) === '✓ Correct');
    // Every option has its explanation, and the section that teaches it is linked.
    const options = page.locator('.question-card .option');
    await expect(page.locator('.question-card .option-feedback')).toHaveCount(await options.count());
    await expect(verdict.getByRole('link')).toHaveAttribute('href', /^\/layers\/[a-z-]+\/[a-z0-9-]+#[a-z0-9-]+$/);
    await expect(page.getByRole('button', { name: 'Report a mistake' })).toBeVisible();
    await page.keyboard.press('Enter'); // Good (when right) or next: focus sits on the way forward
  }
  await expect(page.getByRole('heading', { name: new RegExp(`Your score: ${shown.filter(Boolean).length} of 3`) })).toBeVisible();
  await expect(page.getByText(/Time taken/)).toBeVisible();
  await page.locator('.result-list summary').first().click();
  await expect(page.locator('.result-list .option-feedback').first()).toBeVisible();
  await expect.poll(async () => (await storedEvents(page)).filter((e) => e.type === 'reviewed')).toHaveLength(3);
  const events = await storedEvents(page);
  expect(events.filter((e) => e.type === 'answered' && e.mode === 'quiz').map((e) => e.correct)).toEqual(shown);
  expect(events.filter((e) => e.type === 'reviewed')).toHaveLength(3);
  // A wrong answer is reviewed as Again (1), a right one as Good (3, the Enter key).
  expect(events.filter((e) => e.type === 'reviewed').map((e) => e.rating)).toEqual(shown.map((right) => (right ? 3 : 1)));
});

test('the same quiz link gives the same questions in the same order', async ({ page }) => {
  const order = async () => {
    await page.goto('/quiz?layer=network&count=2&seed=same');
    await expect(page.locator('.question-stem').first()).toBeVisible();
    return [await page.locator('.question-stem').textContent(), await page.locator('.question-card .option').allTextContents()];
  };
  expect(await order()).toEqual(await order());
});

test('an exam survives a reload: same question, answers, flags, and a wall-clock timer', async ({ page }) => {
  await page.clock.install();
  await page.goto('/exam');
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 65' })).toBeVisible();
  await expect(page.locator('.exam-nav-item')).toHaveCount(65);
  await answerSomething(page);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: /Flagged for review/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Question 3 of 65' })).toBeVisible();
  const chosenBefore = await page.locator('.exam-nav-item').first().getAttribute('aria-label');
  expect(chosenBefore).toBe('Question 1, answered');

  await page.clock.fastForward('01:00:00');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 3 of 65' })).toBeVisible();
  await expect(page.locator('.exam-nav-item').nth(0)).toHaveAttribute('aria-label', 'Question 1, answered');
  await expect(page.locator('.exam-nav-item').nth(1)).toHaveAttribute('aria-label', 'Question 2, not answered, flagged');
  await page.clock.runFor(2000);
  const left = await clockText(page.getByTestId('exam-clock'));
  expect(left).toBeLessThanOrEqual(110 * 60);
  expect(left).toBeGreaterThan(105 * 60);

  // The navigator moves with the arrow keys.
  await page.locator('.exam-nav-item').nth(2).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 2 of 65' })).toBeVisible();

  await page.getByRole('button', { name: 'Review and submit' }).click();
  await expect(page.getByRole('heading', { name: 'Unanswered: 64' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Flagged for review: 1' })).toBeVisible();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page.getByRole('button', { name: 'Yes, submit the exam' }).click();
  // One answered question of 65: the result is the one exam score of what the page says was right.
  const lead = (await page.locator('.exam-result .lead').textContent()) ?? '';
  const right = Number(/(\d+) of 65 right/.exec(lead)?.[1]);
  expect([0, 1]).toContain(right);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Exam result: ${scaledScore(right, 65)} / 1,000 — below the pass mark`);
  await expect(page.getByText(/This scaled score is an estimate/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'By exam domain' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By OSI layer' })).toBeVisible();
});

test('a review session serves due cards and the navigation counts them', async ({ page }) => {
  await page.clock.install();
  await page.goto('/quiz?topic=aws-shield&count=2&seed=review');
  for (let i = 0; i < 2; i++) {
    await answerSomething(page);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: /Your score/ })).toBeVisible();
  await page.clock.fastForward(30 * 86_400_000); // 30 days later every card is due
  await page.goto('/review');
  await expect(page.getByRole('link', { name: /Review 2 due/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review 1 of 2' })).toBeVisible();
  await answerSomething(page);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Review 2 of 2' })).toBeVisible();
  await answerSomething(page);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Done: 2 reviews/)).toBeVisible();
  await page.getByLabel('Your exam date').fill('2027-03-01');
  await page.getByRole('button', { name: 'Save date' }).click();
  await expect(page.getByRole('heading', { name: /Projected readiness on 2027-03-01: \d+% \(estimate\)/ })).toBeVisible();
  await expect(page.getByText(/reviews? a day/)).toBeVisible();
});

test('axe finds nothing on the study screens, checked and unchecked', async ({ page }) => {
  test.setTimeout(180_000); // axe over seven screens on a shared machine
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const audit = async (what: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await page.goto('/quiz');
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await audit('builder');
  await page.goto('/quiz?topic=aws-waf&count=4&seed=axe');
  await expect(page.locator('.question-card')).toBeVisible();
  await audit('quiz question');
  await answerSomething(page);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.verdict')).toBeVisible();
  await audit('quiz checked');
  await page.goto('/exam');
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.locator('.exam-navigator')).toBeVisible();
  await audit('exam');
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await audit('exam review');
  await page.goto('/review');
  await page.getByLabel('Your exam date').fill('2027-03-01');
  await page.getByRole('button', { name: 'Save date' }).click();
  await expect(page.locator('.readiness')).toBeVisible();
  await audit('review');
  await page.goto('/questions/l1-art-customer-side');
  await expect(page.locator('.question-card')).toBeVisible();
  await audit('question page');
});

test('one question by link: prerendered, answerable, with copy-link and report-a-mistake', async ({ page, context, request }) => {
  const id = 'l1-art-customer-side';
  const question = [...compileCourse(loadContent('content')).questions.values()].flat().find((q) => q.id === id);
  const opening = blocksText(question?.stem ?? []).split(/\s+/).slice(0, 8).join(' ');
  const html = await (await request.get(`/questions/${id}`)).text();
  expect(opening.length).toBeGreaterThan(20);
  expect(html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(opening);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/questions/${id}`);
  await page.locator('html[data-ready="true"]').waitFor(); // the buttons act once the page is hydrated
  await expect(page.getByRole('link', { name: /Back to the topic/ })).toHaveAttribute('href', '/layers/physical/aws-artifact');
  // package.json names no repository, so the report is copied rather than sent to an issue form nobody reads.
  await page.getByRole('button', { name: 'Report a mistake' }).click();
  await page.getByLabel('What is wrong in this question?').fill('Option C is also right since 2025');
  await page.getByRole('button', { name: 'Copy the report' }).click();
  await expect(page.getByText(/Report copied, with the question and its link/)).toBeVisible();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain(`Mistake in question ${id}`);
  expect(report).toContain(`/questions/${id}`);
  expect(report).toContain('Option C is also right since 2025');
  expect(await page.locator('a[href*="github.com"]').count()).toBe(0);
  await page.getByRole('button', { name: 'Copy link to this question' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/questions/${id}$`));
  await page.getByRole('radio').first().focus(); // Enter on a button is the button's own
  await page.keyboard.press('2');
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict')).toBeVisible();
  // Saving is asynchronous (a new learner's first save loads the storage code): wait for it, then check it.
  await expect.poll(async () => (await storedEvents(page)).filter((e) => e.type === 'answered' && e.mode === 'question' && e.questionId === id)).toHaveLength(1);
});

test('a right answer scores right and a wrong one wrong, with the stored verdict to match', async ({ page }) => {
  // Two single-choice questions of one topic, answered by their option texts (the page shuffles the options).
  const singles = [...compileCourse(loadContent('content')).questions.values()].flat().filter((q) => q.type === 'single' && q.topic === 'aws-shield').slice(0, 2);
  const [first, second] = singles;
  if (!first || !second || first.type !== 'single' || second.type !== 'single') throw new Error('aws-shield has fewer than two single-choice questions');
  const text = (o: (typeof first.options)[number]) => o.text.map((n) => ('value' in n ? n.value : '')).join('').slice(0, 40);
  await page.goto(`/quiz?ids=${first.id},${second.id}&seed=verdicts`);
  await page.locator('html[data-ready="true"]').waitFor();
  for (let i = 0; i < 2; i++) {
    const stem = (await page.locator('.question-stem').first().textContent()) ?? '';
    const q = stem.includes(blocksText(first.stem).slice(0, 40)) ? first : second;
    const choice = q === first ? q.options.find((o) => o.correct) : q.options.find((o) => !o.correct);
    await page.locator('.option-label', { hasText: text(choice!) }).click();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator('.verdict-title')).toHaveText(q === first ? '✓ Correct' : '✗ Not quite');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Your score: 1 of 2' })).toBeVisible();
  await expect.poll(async () => (await storedEvents(page)).filter((e) => e.type === 'answered').map((e) => [e.questionId, e.correct]).sort()).toEqual(
    [[first.id, true], [second.id, false]].sort(),
  );
});
