// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chooseBrowser, isDebianLike } from '../../scripts/browser-path.ts';

const none = () => false;
const only = (path: string) => (p: string) => p === path;

describe('which Chromium the browser tests use', () => {
  it('CHROME_PATH first, and a wrong one is named', () => {
    expect(chooseBrowser({ chromePath: '/opt/chrome', exists: only('/opt/chrome'), playwright: null, debianLike: true, root: true })).toEqual({ action: 'use', path: '/opt/chrome' });
    expect(chooseBrowser({ chromePath: '/opt/chrome', exists: none, playwright: null, debianLike: true, root: true })).toMatchObject({ action: 'stop', message: expect.stringContaining('CHROME_PATH is /opt/chrome') });
  });

  it("then Debian's Chromium, then one Playwright already has", () => {
    expect(chooseBrowser({ chromePath: null, exists: only('/usr/bin/chromium'), playwright: '/p/chrome', debianLike: true, root: false })).toEqual({ action: 'use', path: '/usr/bin/chromium' });
    expect(chooseBrowser({ chromePath: null, exists: none, playwright: '/p/chrome', debianLike: false, root: false })).toEqual({ action: 'use', path: '/p/chrome' });
  });

  it('installs Debian\'s Chromium as root on Debian or Ubuntu, and otherwise stops with the command to run', () => {
    expect(chooseBrowser({ chromePath: null, exists: none, playwright: null, debianLike: true, root: true })).toMatchObject({ action: 'install', command: expect.stringContaining('apt-get install -y -qq chromium') });
    expect(chooseBrowser({ chromePath: null, exists: none, playwright: null, debianLike: true, root: false })).toMatchObject({ action: 'stop', message: expect.stringContaining('sudo apt-get install -y chromium') });
    expect(chooseBrowser({ chromePath: null, exists: none, playwright: null, debianLike: false, root: true })).toMatchObject({ action: 'stop', message: expect.stringContaining('CHROME_PATH') });
  });

  it('recognises Debian and Ubuntu from os-release', () => {
    expect(isDebianLike('PRETTY_NAME="Debian GNU/Linux 12"\nID=debian\n')).toBe(true);
    expect(isDebianLike('ID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(isDebianLike('ID=fedora\n')).toBe(false);
  });
});
