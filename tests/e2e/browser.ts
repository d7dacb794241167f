import { existsSync } from 'node:fs';

/** Debian's Chromium, or CHROME_PATH: the browser tests never download a browser of their own. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function assertBrowserInstalled(): void {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it with "apt-get install -y chromium" (Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
}
