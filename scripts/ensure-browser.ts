// The first step of `npm test`: make sure the browser tests have a Chromium, installing Debian's when it can,
// so a fresh machine needs no setup by hand. Stops with the exact command to run when it cannot.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chooseBrowser, machineFacts } from './browser-path.ts';

const choice = chooseBrowser(machineFacts());
if (choice.action === 'use') {
  console.log(`browser tests: Chromium at ${choice.path}`);
} else if (choice.action === 'install') {
  console.log(`browser tests: no Chromium yet; installing Debian's (${choice.command})`);
  execSync(choice.command, { stdio: 'inherit', shell: '/bin/sh' });
  if (!existsSync(choice.path)) {
    console.error(`Installing Chromium did not leave one at ${choice.path}. Install it by hand, or set CHROME_PATH.`);
    process.exit(1);
  }
  console.log(`browser tests: Chromium installed at ${choice.path}`);
} else {
  console.error(choice.message);
  process.exit(1);
}
