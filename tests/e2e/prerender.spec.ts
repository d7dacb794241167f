// The built app without JavaScript: every course URL is a real HTML file in dist/ holding its content and the
// tags a link preview needs, and a plain file server answers deep links with that file (no rewrite rules).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const topicFile = 'content/06-presentation/kms-key-policies.md';
const topicUrl = '/layers/presentation/kms-key-policies';

/** The title and first section heading, read from the Markdown source rather than from the app. */
function sourceOf(file: string): { title: string; firstSection: string; firstParagraph: string } {
  const text = readFileSync(file, 'utf8');
  const title = /^title: (.+)$/m.exec(text)?.[1]?.trim() ?? '';
  const body = text.split(/^---$/m)[2] ?? '';
  const firstSection = /^## (.+)$/m.exec(body)?.[1]?.trim() ?? '';
  const afterHeading = body.split(`## ${firstSection}`)[1] ?? '';
  const firstParagraph = afterHeading.trim().split(/\n\s*\n/)[0]?.split('\n')[0] ?? '';
  return { title, firstSection, firstParagraph };
}

const plainText = (html: string): string =>
  html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

test('a built topic page holds its title, description, Open Graph tags and first section without JavaScript', () => {
  const html = readFileSync(join('dist', topicUrl, 'index.html'), 'utf8');
  const { title, firstSection, firstParagraph } = sourceOf(topicFile);
  expect(title).not.toBe('');
  expect(html).toMatch(new RegExp(`<title>${title} · Presentation layer · Seven Layers</title>`));
  expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
  expect(html).toMatch(/<meta property="og:title" content="AWS KMS key policies and grants[^"]*">/);
  expect(html).toMatch(/<meta property="og:description" content="[^"]{40,}">/);
  expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  const text = plainText(html);
  expect(text).toContain(title);
  expect(text).toContain(firstSection);
  // The first words of the first paragraph (inline Markdown aside) are in the page as text.
  expect(text).toContain(plainText(firstParagraph.replace(/[*_`]|\[([^\]]*)\]\([^)]*\)/g, '$1')).slice(0, 40));
});

test('every layer, its cheat sheet and its topics, the home page and the 404 page are prerendered', () => {
  const missing: string[] = [];
  for (const folder of readdirSync('content').filter((f) => /^\d\d-/.test(f))) {
    const layer = folder.slice(3);
    if (!existsSync(join('dist', 'layers', layer, 'index.html'))) missing.push(`/layers/${layer}`);
    if (!existsSync(join('dist', 'layers', layer, 'cheat-sheet', 'index.html'))) missing.push(`/layers/${layer}/cheat-sheet`);
    for (const file of readdirSync(join('content', folder)).filter((f) => f.endsWith('.md') && !f.startsWith('_'))) {
      const url = `/layers/${layer}/${file.replace(/\.md$/, '')}`;
      if (!existsSync(join('dist', url, 'index.html'))) missing.push(url);
    }
  }
  expect(missing).toEqual([]);
  expect(existsSync('dist/index.html')).toBe(true);
  expect(readFileSync('dist/404.html', 'utf8')).toContain('<title>');
});

test('the plain file server answers a deep link with that page, and an unknown URL with the 404 page', async ({ request }) => {
  const page = await request.get(topicUrl);
  expect(page.status()).toBe(200);
  expect(page.headers()['content-type']).toContain('text/html');
  expect(await page.text()).toContain(`>${sourceOf(topicFile).title}</h1>`);
  const unknown = await request.get('/layers/presentation/no-such-topic');
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain('id="root"');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a topic reads as a finished page: heading, first section, table of contents', async ({ page }) => {
    const { title, firstSection } = sourceOf(topicFile);
    await page.goto(topicUrl);
    await expect(page).toHaveTitle(new RegExp(title));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 2, name: firstSection })).toBeVisible();
    await expect(page.locator('.toc a', { hasText: firstSection })).toHaveAttribute('href', /^#/);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Layers' })).toHaveAttribute('href', '/');
  });
});
