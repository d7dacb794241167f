import { expect, test } from './fixtures';

const ready = async (page: import('@playwright/test').Page) => page.locator('html[data-ready="true"]').waitFor();

test('Ctrl+K opens search; arrows and Enter open a section at its heading', async ({ page }) => {
  await page.goto('/about');
  await ready(page);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox');
  await expect(box).toBeFocused();
  await box.fill('rate-based rule');
  const options = dialog.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toContainText('›'); // layer › topic
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/layers\/[a-z-]+\/[a-z0-9-]+#[a-z0-9-]+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('/ opens search outside text fields, Escape closes it and gives focus back', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: /Search/ }).focus();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox')).toBeFocused(); // the panel loads on first open
  await page.keyboard.type('gaurdduty'); // a typo
  await expect(dialog.getByRole('option').first()).toContainText('GuardDuty');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /Search/ })).toBeFocused();
});

test('keys typed while the search panel is still loading are kept', async ({ page }) => {
  // Hold the panel's chunk back, as a slow phone network would.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/search-panel-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/about');
  await ready(page);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog.getByRole('status')).toHaveText('Loading search…');
  await page.keyboard.type('guardd');
  release();
  const box = dialog.getByRole('combobox');
  await expect(box).toHaveValue('guardd');
  await expect(box).toBeFocused();
  await page.keyboard.type('uty');
  await expect(box).toHaveValue('guardduty');
  await expect(dialog.getByRole('option').first()).toContainText('GuardDuty');
});

test('/search?q= is a shareable results page whose best match comes first', async ({ page }) => {
  await page.goto('/search?q=shield+response+team');
  await ready(page);
  await expect(page.getByRole('searchbox')).toHaveValue('shield response team');
  const first = page.locator('.search-page-results a').first();
  await expect(first).toContainText(/Shield/);
  await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible();
  await page.getByRole('searchbox').fill('10,000');
  await expect(page).toHaveURL(/\/search\?q=10%2C000$/);
  await expect(page.locator('.search-page-results a').first()).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/\/layers\//);
});

test('a question result links to /questions/<id>', async ({ page }) => {
  await page.goto('/search?q=retailer+botnet');
  await ready(page);
  const question = page.locator('.search-page-results a', { hasText: 'Question' }).first();
  await expect(question).toHaveAttribute('href', /^\/questions\/[a-z0-9-]+$/);
});

test('copy link on a heading copies a link that lands on that heading', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/layers/application/aws-waf');
  await ready(page);
  const heading = page.locator('.prose h2[id]').nth(2);
  const id = await heading.getAttribute('id');
  await heading.hover();
  await heading.getByRole('button', { name: /Copy link to section/ }).click();
  await expect(heading.getByRole('status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/layers/application/aws-waf#${id}$`));
  const fresh = await context.newPage();
  await fresh.goto(copied);
  await expect(fresh.locator(`[id="${id}"]`)).toBeInViewport();
  await fresh.close();
});

test('share falls back to copying the page link where there is no Web Share API', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/layers/presentation/kms-key-types');
  await ready(page);
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.locator('.share-status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/layers\/presentation\/kms-key-types$/);
});

test('the theme choice is remembered across a reload and applies before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await ready(page);
  const toggle = page.locator('.theme-toggle');
  await expect(toggle).toHaveAttribute('data-theme-choice', 'system');
  await toggle.click(); // light
  await toggle.click(); // dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // boot.js applies the choice before the app: with the app's scripts emptied, the page is still dark.
  await page.route('**/assets/*.js', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 18, 24)');
  await page.unroute('**/assets/*.js');
  await page.reload();
  await ready(page);
  await expect(toggle).toHaveAttribute('data-theme-choice', 'dark');
  await toggle.click(); // back to system
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('the sidebar marks the current topic and the table of contents follows the scroll', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/layers/application/aws-waf');
  await ready(page);
  const sidebar = page.getByRole('navigation', { name: 'Course' });
  await expect(sidebar.getByRole('link', { name: 'AWS WAF', exact: true })).toHaveAttribute('aria-current', 'page');
  const tocLinks = page.locator('.toc a');
  const last = tocLinks.nth(3);
  const href = (await last.getAttribute('href')) ?? '';
  await page.locator(`[id="${href.slice(1)}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(last).toHaveAttribute('aria-current', 'location');
  await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);
});

test('at 360 px the page fits, and the menu opens the course as a drawer', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/layers/presentation/envelope-encryption');
  await ready(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: 'test-results/find-360-topic.png' });
  await page.getByRole('button', { name: 'Menu' }).click();
  const drawer = page.getByRole('dialog', { name: 'Course menu' });
  await expect(drawer).toBeVisible();
  await page.screenshot({ path: 'test-results/find-360-drawer.png' });
  await drawer.locator('summary', { hasText: 'Network' }).click();
  await drawer.getByRole('link', { name: 'VPC Flow Logs' }).click();
  await expect(drawer).toBeHidden();
  await expect(page).toHaveURL(/\/layers\/network\/vpc-flow-logs$/);
  // The header hides its links on a phone: the drawer carries the study pages.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  const study = drawer.getByRole('navigation', { name: 'Study' });
  await expect(study.getByRole('link')).toHaveText(['Quiz', 'Exam simulator', 'Exam guide', 'Labs', 'Review', 'Progress']);
  await study.getByRole('link', { name: 'Exam guide' }).click();
  await expect(page).toHaveURL(/\/exam-guide$/);
});

test('/services lists every service A–Z with the layers that teach it', async ({ page }) => {
  await page.goto('/services');
  await ready(page);
  const shield = page.locator('.service-entry', { has: page.locator('h3#aws-shield') });
  await expect(shield.locator('.layer-chip')).toContainText(['7 · Application', '4 · Transport', '3 · Network']);
  await expect(shield.getByRole('link', { name: 'AWS Shield' }).first()).toBeVisible();
});
