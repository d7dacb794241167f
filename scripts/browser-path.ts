// Which Chromium the browser tests drive, and what to do when there is none. One module, used by
// scripts/ensure-browser.ts (the first step of `npm test`) and by the Playwright config.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** A browser Playwright has already downloaded on this machine (never downloads one), or null. */
export function playwrightChromium(): string | null {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as { chromium: { executablePath(): string } };
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Whether this is Debian or a derivative (Ubuntu…), from /etc/os-release. */
export function isDebianLike(osRelease: string | null | undefined): boolean {
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease ?? '');
}

/**
 * What to do for the browser tests, from facts about the machine (pure, so it is unit-tested):
 * `use` a browser that is there; `install` Debian's Chromium (Debian-like, as root); or `stop` with the command.
 */
export function chooseBrowser({ chromePath, exists, playwright, debianLike, root }: MachineFacts): BrowserChoice {
  if (chromePath) {
    return exists(chromePath) ? { action: 'use', path: chromePath } : { action: 'stop', message: `CHROME_PATH is ${chromePath}, but there is no file there. Point it at a Chromium or Chrome binary.` };
  }
  if (exists(DEBIAN_CHROMIUM)) return { action: 'use', path: DEBIAN_CHROMIUM };
  if (playwright) return { action: 'use', path: playwright };
  if (debianLike && root) return { action: 'install', command: 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', path: DEBIAN_CHROMIUM };
  const command = debianLike ? 'sudo apt-get install -y chromium' : 'set CHROME_PATH to a Chromium or Chrome binary, e.g. CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test';
  return { action: 'stop', message: `The browser tests need Chromium and none was found. Run: ${command}` };
}

export interface MachineFacts {
  chromePath: string | null;
  exists: (path: string) => boolean;
  playwright: string | null;
  debianLike: boolean;
  root: boolean;
}

export type BrowserChoice = { action: 'use'; path: string } | { action: 'install'; command: string; path: string } | { action: 'stop'; message: string };

/** The facts chooseBrowser needs, read from this machine. */
export function machineFacts(): MachineFacts {
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // not Linux, or no os-release: not Debian-like
  }
  return {
    chromePath: process.env.CHROME_PATH || null,
    exists: existsSync,
    playwright: playwrightChromium(),
    debianLike: isDebianLike(osRelease),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
  };
}

/** The browser to drive now: CHROME_PATH, Debian's Chromium, or one Playwright already has (the default path otherwise). */
export function browserPath(): string {
  const choice = chooseBrowser(machineFacts());
  return choice.action === 'use' ? choice.path : (process.env.CHROME_PATH || DEBIAN_CHROMIUM);
}
