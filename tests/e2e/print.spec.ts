import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ready = async (page: Page) => page.locator('html[data-ready="true"]').waitFor();

/** Replaces the print dialog with a recorder of how many diagrams were drawn (and still waiting) when it opened. */
async function recordPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { prints: { drawn: number; waiting: number }[] };
    w.prints = [];
    window.print = () => {
      w.prints.push({
        drawn: document.querySelectorAll('figure.diagram[data-state="rendered"]').length,
        waiting: document.querySelectorAll('figure.diagram[data-state="source"]').length,
      });
    };
  });
}
const prints = (page: Page) => page.evaluate(() => (window as unknown as { prints: { drawn: number; waiting: number }[] }).prints);

test('a layer prints as a cheat sheet: every topic, every diagram drawn, nothing but the content on paper', async ({ page }) => {
  await recordPrints(page);
  await page.goto('/layers/network');
  await ready(page);
  const topicCount = await page.locator('.topic-list > li').count();
  await page.getByRole('link', { name: 'Cheat sheet to print' }).click();
  await expect(page).toHaveURL(/\/layers\/network\/cheat-sheet$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible();

  // Every topic of the layer, each under its own heading, and no id used twice on the page.
  const topics = page.locator('.cheat-sheet-topic > h2');
  await expect(topics).toHaveCount(topicCount);
  const duplicateIds = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicateIds).toEqual([]);

  // The sheet draws its diagrams without waiting for the reader to scroll to them.
  const diagrams = page.locator('figure.diagram');
  expect(await diagrams.count()).toBeGreaterThan(3);
  await expect(page.locator('figure.diagram[data-state="source"]')).toHaveCount(0, { timeout: 60_000 });

  await page.getByRole('button', { name: 'Print this cheat sheet' }).click();
  await expect.poll(() => prints(page)).toHaveLength(1);
  expect((await prints(page))[0]).toEqual({ drawn: await diagrams.count(), waiting: 0 });

  // On paper: the content only, diagrams shrunk to the page width.
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.sidebar', '.site-footer', '.breadcrumbs', '.cheat-sheet-actions']) {
    await expect(page.locator(chrome).first()).toBeHidden();
  }
  const overflow = await page.evaluate(() => [...document.querySelectorAll('.diagram-svg svg')].filter((svg) => svg.getBoundingClientRect().width > document.documentElement.clientWidth + 1).length);
  expect(overflow).toBe(0);
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.screenshot({ path: test.info().outputPath('cheat-sheet-print.png') });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('the cheat sheet keeps the key points and can include the full text', async ({ page }) => {
  await page.goto('/layers/presentation/cheat-sheet');
  await ready(page);
  const paragraphs = page.locator('.cheat-sheet-topic .prose > p');
  const keyPoints = await paragraphs.count();
  await expect(page.locator('.cheat-sheet-topic .callout-exam').first()).toBeVisible();
  const full = page.getByRole('button', { name: 'Include the full text' });
  await full.click();
  await expect(full).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => paragraphs.count()).toBeGreaterThan(keyPoints * 3);
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
});

test('Ctrl+P on a topic draws the diagrams the reader has not scrolled to, then prints', async ({ page }) => {
  await recordPrints(page);
  await page.goto('/layers/presentation/envelope-encryption');
  await ready(page);
  const diagrams = page.locator('figure.diagram');
  const total = await diagrams.count();
  expect(total).toBeGreaterThan(1);
  // Far-down diagrams wait for the reader to scroll near them.
  await expect(page.locator('figure.diagram[data-state="source"]')).not.toHaveCount(0);
  await page.keyboard.press('Control+p');
  await expect.poll(() => prints(page), { timeout: 60_000 }).toHaveLength(1);
  expect((await prints(page))[0]).toEqual({ drawn: total, waiting: 0 });
});
