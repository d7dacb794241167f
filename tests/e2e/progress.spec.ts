import { expect, test } from './fixtures';

test('reading a topic is remembered across a reload and offered on the home page', async ({ page }) => {
  await page.goto('/layers/presentation/kms-key-types');
  await page.locator('html[data-ready="true"]').waitFor();
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const button = page.getByRole('button', { name: 'Mark as read' });
  await button.click();
  await expect(page.getByRole('button', { name: /Read \(mark as unread\)/ })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor();
  await expect(page.getByRole('button', { name: /Read \(mark as unread\)/ })).toBeVisible();
  await page.goto('/');
  await expect(page.getByText(/1 of \d+ topics read/)).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.goto('/layers/presentation');
  await expect(page.locator('.topic-list li', { hasText: title }).locator('.badge-read')).toBeVisible();
});

test('reaching the end of a topic marks it read', async ({ page }) => {
  await page.goto('/layers/physical/aws-artifact');
  await page.locator('html[data-ready="true"]').waitFor();
  await page.locator('.topic-end').scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: /Read \(mark as unread\)/ })).toBeVisible({ timeout: 5000 });
});
