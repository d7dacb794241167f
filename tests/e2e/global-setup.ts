import { existsSync } from 'node:fs';
import { assertBrowserInstalled } from './browser';

export default function globalSetup(): void {
  assertBrowserInstalled();
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run "npm run build" before the browser tests.');
}
