import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

/**
 * `npm run size` measures a page by reading dist/ (its budgets must not depend on timings); this checks the
 * measure is the truth: the scripts it counts for a page are exactly those a first visit in Chromium downloads
 * until the network is idle, so nothing started later in some other way escapes the budget.
 */
const PAGES = [
  ['/layers/presentation/kms-key-types', 'dist/layers/presentation/kms-key-types/index.html'],
  ['/', 'dist/index.html'],
  ['/exam', 'dist/exam/index.html'],
] as const;

for (const [url, file] of PAGES) {
  test(`npm run size counts every script a first visit of ${url} runs before the network is idle`, async ({ page }) => {
    const loaded = new Set<string>();
    // The page's own requests: the service worker's precache (every chunk, fetched by the worker for later
    // visits) is not among them.
    page.on('requestfinished', (request) => {
      const { pathname } = new URL(request.url());
      if (request.resourceType() === 'script' || pathname.endsWith('.js')) loaded.add(pathname);
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    const counted: string[] = JSON.parse(execFileSync('node', ['scripts/size.mjs', '--scripts', file], { encoding: 'utf8' }));
    const kb = (files: Iterable<string>) => Math.round([...files].reduce((n, f) => n + gzipSync(readFileSync(`dist${f}`), { level: 9 }).length, 0) / 102.4) / 10;
    expect({ scripts: [...loaded].sort(), kb: kb(loaded) }).toEqual({ scripts: counted, kb: kb(counted) });
  });
}
