// A screenshot of a page of a running server, or of one of its diagrams, for looking at what learners see:
//   node scripts/screenshot.mjs <url> <out.png> [width]            the page (FULL=1 for the whole page)
//   node scripts/screenshot.mjs <url> <out.png> [width] --diagram N the Nth diagram once mermaid has drawn it
// Page errors and console errors are printed, so a screenshot never hides a broken page.
import { chromium } from 'playwright-core';
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const args = process.argv.slice(2);
const diagramAt = args.indexOf('--diagram');
const diagram = diagramAt >= 0 ? Number(args.splice(diagramAt, 2)[1]) : null;
const [url, out, width = '1280'] = args;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [--diagram N]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
await page.goto(url, { waitUntil: 'networkidle' });
if (diagram === null) {
  await page.waitForTimeout(1000);
  await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
} else {
  const figure = page.locator('figure.diagram').nth(diagram);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('svg').waitFor();
  await figure.screenshot({ path: out });
}
console.log(`${await page.title()} → ${out}`);
if (errors.length) console.log(errors.join('\n'));
await browser.close();
