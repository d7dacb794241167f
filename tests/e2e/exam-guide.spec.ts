import { expect, test } from './fixtures';
import { answerSomething } from './study-helpers';

test('home shows the cross-layer part beside the seven layers, and links the exam guide', async ({ page }) => {
  await page.goto('/');
  const across = page.getByRole('region', { name: 'Across the stack' });
  await expect(across.getByRole('link', { name: /Across the stack/ })).toHaveAttribute('href', '/layers/across-the-stack');
  await expect(page.locator('.osi-stack .osi-layer')).toHaveCount(7);
  await across.getByRole('link', { name: /Across the stack/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Across the stack');
  await page.locator('.topic-list a', { hasText: 'AWS Control Tower' }).click();
  await expect(page).toHaveTitle('AWS Control Tower · Across the stack · Seven Layers');
  await page.goto('/');
  await page.getByRole('link', { name: 'The SCS-C03 exam guide, skill by skill' }).click();
  await expect(page).toHaveURL(/\/exam-guide$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The SCS-C03 exam guide, skill by skill');
});

test('the exam guide is prerendered with all 6 domains, 16 tasks and 70 skills', async ({ request }) => {
  const html = await (await request.get('/exam-guide')).text();
  expect(html.match(/<h2 id="domain-/g)).toHaveLength(6);
  expect(html.match(/<h3 id="task-/g)).toHaveLength(16);
  expect(html.match(/class="guide-skill"/g)).toHaveLength(70);
  expect(html).toContain('href="/quiz?skill=4.2.5"');
});

test('a skill quiz from the guide, answered, shows up as that skill\'s accuracy', async ({ page }) => {
  await page.goto('/exam-guide');
  const skill = page.locator('#skill-4-2-3');
  await expect(skill.getByText('Your accuracy: not practised yet')).toBeVisible();
  await skill.getByRole('link', { name: 'Quiz this skill' }).click();
  await expect(page).toHaveURL(/\/quiz\?skill=4\.2\.3&seed=/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('skill 4.2.3');
  await answerSomething(page);
  await page.getByRole('button', { name: 'Check' }).click();
  const verdict = (await page.locator('.verdict').first().textContent()) ?? '';
  const right = verdict.includes('Correct');
  await expect.poll(async () => page.evaluate(() => localStorage.getItem('seven-layers:progress') ?? '')).toContain('answered');
  await page.goto('/exam-guide');
  await expect(page.locator('#skill-4-2-3 .guide-figures')).toContainText(`Your accuracy: ${right ? '100' : '0'}% right over 1 answers`);
  await expect(page.locator('#skill-4-2-3 .guide-figures')).toContainText('answered 1 of');
  await expect(page.locator('#skill-4-2-3 .guide-figures')).toContainText(/recall in 7 days \(set an exam date on Review\): \d+%/);
});

test('a quiz link naming an unknown topic says so and suggests the closest', async ({ page }) => {
  await page.goto('/quiz?topic=secret-manager');
  await expect(page.getByRole('heading', { name: 'This quiz cannot be built' })).toBeVisible();
  await expect(page.getByText('There is no topic secret-manager in the course.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Quiz: AWS Secrets Manager/ }).first()).toBeVisible();
  await expect(page).toHaveURL(/\?topic=secret-manager$/);
});
