import { existsSync } from 'node:fs';
import { browserPath } from '../../scripts/browser-path.ts';

/** CHROME_PATH, Debian's Chromium, or one Playwright already has: the browser tests never download a browser. */
export function chromiumPath(): string {
  return browserPath();
}

export function assertBrowserInstalled(): void {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Run "npm test" (it installs Debian's Chromium as root) or "npx tsx scripts/ensure-browser.ts", or set CHROME_PATH.`);
  }
}
