#!/usr/bin/env node
// Lists the licence of every runtime dependency (what ships to learners) and fails on any that is not permissive.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'Unlicense', 'CC0-1.0', 'Zlib', 'Python-2.0', 'W3C', 'CC-BY-4.0']);

/** True when an SPDX expression can be satisfied with permissive licences only (OR: one side; AND: both). */
export function permissive(expression) {
  const clean = expression.replace(/[()]/g, ' ').trim();
  if (/\bOR\b/.test(clean)) return clean.split(/\bOR\b/).some((part) => permissive(part));
  if (/\bAND\b/.test(clean)) return clean.split(/\bAND\b/).every((part) => permissive(part));
  return PERMISSIVE.has(clean.trim());
}

/** Some packages ship a licence file but no `license` field: recognise the common permissive texts. */
function licenseFromFile(dir) {
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (!file) return undefined;
  const text = readFileSync(`${dir}/${file}`, 'utf8').slice(0, 400);
  if (/MIT License|Permission is hereby granted, free of charge/i.test(text)) return 'MIT';
  if (/ISC License/i.test(text)) return 'ISC';
  if (/Apache License/i.test(text)) return 'Apache-2.0';
  return undefined;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const rows = [];
for (const [path, info] of Object.entries(lock.packages ?? {})) {
  if (!path || info.dev || info.devOptional) continue;
  const name = path.split('node_modules/').at(-1);
  let license = info.license;
  if (!license) {
    try {
      license = JSON.parse(readFileSync(`${path}/package.json`, 'utf8')).license;
    } catch {
      license = undefined;
    }
  }
  license ??= licenseFromFile(path);
  rows.push({ name, version: info.version, license: typeof license === 'string' ? license : 'UNKNOWN' });
}
rows.sort((a, b) => a.name.localeCompare(b.name));
const counts = {};
for (const row of rows) counts[row.license] = (counts[row.license] ?? 0) + 1;
const bad = rows.filter((r) => !permissive(r.license));
if (process.argv.includes('--list')) for (const r of rows) console.log(`${r.name}@${r.version}  ${r.license}`);
console.log(`${rows.length} runtime packages: ${Object.entries(counts).map(([l, n]) => `${l} ${n}`).join(', ')}`);
if (bad.length) {
  console.error(`Not permissive:\n${bad.map((r) => `  ${r.name}@${r.version}: ${r.license}`).join('\n')}`);
  process.exit(1);
}
console.log('All runtime licences are permissive.');
