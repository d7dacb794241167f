import { expect, test } from './fixtures';

test('home lists the seven layers, top to bottom, each linking to its page', async ({ page }) => {
  await page.goto('/');
  const layers = page.locator('.osi-stack .osi-layer-link');
  await expect(layers).toHaveCount(7);
  await expect(layers.first()).toContainText('Layer 7: Application');
  await expect(layers.last()).toContainText('Layer 1: Physical');
  await layers.nth(1).click();
  await expect(page).toHaveURL(/\/layers\/presentation$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presentation');
});

test('a layer page lists its topics and opens one', async ({ page }) => {
  await page.goto('/layers/network');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network');
  const topics = page.locator('.topic-list a');
  expect(await topics.count()).toBeGreaterThan(2);
  const first = (await topics.first().textContent()) ?? '';
  await topics.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
});

test('/layers/7 redirects to the application layer', async ({ page }) => {
  await page.goto('/layers/7');
  await expect(page).toHaveURL(/\/layers\/application$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Application');
});

test('a deep link with #hash lands on that heading in a fresh tab', async ({ page }) => {
  await page.goto('/layers/application/aws-waf');
  const id = await page.locator('.prose h2[id]').nth(2).getAttribute('id');
  expect(id).toBeTruthy();
  const fresh = await page.context().newPage();
  await fresh.goto(`/layers/application/aws-waf#${id}`);
  const heading = fresh.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const box = await heading.boundingBox();
  expect(box?.y ?? 999).toBeLessThan(200);
  await fresh.close();
});

test('an in-app link to a section scrolls to it', async ({ page }) => {
  await page.goto('/layers/application/aws-waf');
  const tocLink = page.locator('.toc a').nth(3);
  const href = (await tocLink.getAttribute('href')) ?? '';
  await tocLink.click();
  await expect(page.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
});

test('a mermaid diagram renders as an accessible SVG', async ({ page }) => {
  await page.goto('/layers/presentation/envelope-encryption');
  const figure = page.locator('figure.diagram').first();
  // Diagrams are drawn as the reader scrolls towards them.
  await figure.scrollIntoViewIfNeeded();
  const svg = figure.locator('svg[role="img"]');
  await expect(svg).toBeVisible({ timeout: 15_000 });
  const title = await figure.locator('figcaption').textContent();
  await expect(svg).toHaveAttribute('aria-label', title ?? '');
  await expect(figure.locator('.diagram-error')).toHaveCount(0);
});

test('an unknown topic shows the 404 page with the closest topics', async ({ page }) => {
  const response = await page.goto('/layers/presentation/kmss');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText('/layers/presentation/kmss')).toBeVisible();
  const suggestions = page.locator('.suggestions a');
  await expect(suggestions.first()).toContainText(/KMS/);
  await expect(page).toHaveTitle(/Page not found/);
});

test('every kind of page has its own title and description', async ({ page }) => {
  const titles = new Set<string>();
  for (const url of ['/', '/about', '/layers/application', '/layers/application/aws-waf', '/layers/presentation/s3-encryption']) {
    await page.goto(url);
    titles.add(await page.title());
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w{3}/);
  }
  expect(titles.size).toBe(5);
  await page.goto('/layers/application/aws-waf');
  await expect(page).toHaveTitle('AWS WAF · Application layer · Seven Layers');
});

test('client-side navigation updates the title', async ({ page }) => {
  await page.goto('/');
  await page.locator('.osi-layer-link').first().click();
  await expect(page).toHaveTitle(/Application · Seven Layers/);
});

test('the home page keeps its layout when progress fills in, so a click on a layer lands on it', async ({ page }) => {
  // The prerendered page as painted before any script runs, then the same page once the app has loaded.
  await page.route('**/assets/*.js', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
  await page.goto('/');
  const before = await page.locator('.across-stack .osi-layer-link').boundingBox();
  await page.unroute('**/assets/*.js');
  await page.goto('/');
  await page.locator('html[data-ready="true"]').waitFor();
  await expect(page.locator('.continue')).toContainText('topics read');
  const after = await page.locator('.across-stack .osi-layer-link').boundingBox();
  expect(after?.y).toBe(before?.y);
});
