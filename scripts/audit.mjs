#!/usr/bin/env node
// Dependency check for runtime packages, in two parts, and says which of them ran:
//  1. `npm audit --omit=dev --audit-level=moderate`, where the advisory service answers (from some networks it
//     answers 405 or cannot be reached: then this part is reported as skipped, not passed);
//  2. the lockfile against security/minimum-versions.json, a short dated list of minimum safe versions.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const compare = (a, b) => {
  const pa = a.split(/[.+-]/).map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split(/[.+-]/).map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};

let failed = false;
const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=moderate'], { encoding: 'utf8', timeout: 90_000 });
const output = `${audit.stdout ?? ''}${audit.stderr ?? ''}`;
const unreachable = /\b405\b|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|audit endpoint returned an error|network/i.test(output) && !/vulnerabilit(y|ies)\s*\n/i.test(output);
if (audit.status === 0) console.log('1. npm audit --omit=dev --audit-level=moderate: passed');
else if (unreachable || audit.error) console.log(`1. npm audit: SKIPPED, the advisory service did not answer (${(output.match(/npm (?:error|ERR!)[^\n]*/) ?? ['no response'])[0].trim()})`);
else {
  failed = true;
  console.log(`1. npm audit: FAILED\n${output}`);
}

const minimums = JSON.parse(readFileSync('security/minimum-versions.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const problems = [];
let seen = 0;
for (const [path, info] of Object.entries(lock.packages ?? {})) {
  const name = path.split('node_modules/').at(-1);
  const rule = minimums.packages[name];
  if (!rule || info.dev) continue;
  seen++;
  if (compare(info.version, rule.min) < 0) problems.push(`${name}@${info.version} (at ${path}) is older than ${rule.min}: ${rule.why}`);
}
if (problems.length) {
  failed = true;
  console.log(`2. lockfile vs minimum safe versions (list of ${minimums.checked}): FAILED\n   ${problems.join('\n   ')}`);
} else {
  console.log(`2. lockfile vs minimum safe versions (list of ${minimums.checked}): passed (${seen} installs of ${Object.keys(minimums.packages).length} watched packages)`);
}
process.exit(failed ? 1 : 0);
