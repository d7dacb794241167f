import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// axe walks every node of long pages (the services index, topics with diagrams): slower than the default 30 s
// on a busy machine.
test.describe.configure({ timeout: 120_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One URL of every kind of route. */
const ROUTES = [
  '/',
  '/about',
  '/layers/application',
  '/layers/presentation/envelope-encryption',
  '/layers/network/cheat-sheet',
  '/services',
  '/search?q=kms',
  '/no-such-page',
  '/labs',
  '/labs/policy/cross-account-secret-decrypt',
  '/labs/network/reply-needs-ephemeral-ports',
];

async function expectNoViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${label}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  expect(summary).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    for (const url of ROUTES) {
      test(`${url} has no WCAG 2.2 AA violation`, async ({ page }) => {
        await page.goto(url);
        await page.locator('html[data-ready="true"]').waitFor();
        // Diagrams are part of the page and draw when they come near the viewport: bring each in, then wait.
        const figures = page.locator('figure.diagram');
        for (let i = 0; i < (await figures.count()); i++) {
          await expect(async () => figures.nth(i).scrollIntoViewIfNeeded({ timeout: 2000 })).toPass({ timeout: 10_000 });
          await expect(figures.nth(i)).not.toHaveAttribute('data-state', 'source', { timeout: 15_000 });
        }
        if (url.startsWith('/search')) await expect(page.locator('.search-page-results a').first()).toBeVisible();
        // A lab page is checked with its editors loaded (they replace the plain text areas once hydrated).
        if (url.startsWith('/labs/')) await expect(page.locator('.cm-content').first()).toBeVisible({ timeout: 15_000 });
        await expectNoViolations(page, url);
      });
    }

    test('the search dialog and the menu drawer have no violation', async ({ page }) => {
      await page.setViewportSize({ width: 400, height: 800 });
      await page.goto('/layers/application');
      await page.locator('html[data-ready="true"]').waitFor();
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox').fill('waf');
      await expect(page.getByRole('option').first()).toBeVisible();
      await expectNoViolations(page, 'search dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('dialog', { name: 'Course menu' })).toBeVisible();
      await expectNoViolations(page, 'menu drawer');
    });
  });
}

test('the theme toggle gives the dark theme on a light system, without violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/layers/application/aws-waf');
  await page.locator('html[data-ready="true"]').waitFor();
  await page.locator('.theme-toggle').click();
  await page.locator('.theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoViolations(page, 'toggled dark');
});

test('keyboard alone: skip link, then search from the keyboard', async ({ page }) => {
  // Where the second hit for the query leads, as the search page links it (the dialog shows the same ranking).
  await page.goto('/search?q=envelope%20encryption');
  const second = await page.locator('.search-page-results a').nth(1).getAttribute('href');
  expect(second).toBeTruthy();
  await page.goto('/layers/application');
  await page.locator('html[data-ready="true"]').waitFor();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // From the content, "/" opens the search with its field focused; typing, the arrows and Enter open a result.
  await page.keyboard.press('/');
  const field = page.getByRole('combobox', { name: 'Search topics, sections, services and questions' });
  await expect(field).toBeFocused();
  await page.keyboard.type('envelope encryption');
  const options = page.getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? 'an id');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeHidden();
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(second);
  // Escape closes a reopened search and gives the keyboard back to the page.
  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeHidden();
});
