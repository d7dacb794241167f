#!/usr/bin/env node
// `npm run bench`: builds, serves dist/ like a static host, runs Lighthouse 12 with Debian's Chromium against a few
// pages with the mobile and desktop presets, and prints a table; then runs any other benchmark in scripts/bench-*.
// Not part of `npm test`: timings vary with the machine, so only byte sizes are asserted (scripts/size.mjs).
// Options: --no-build (use the existing dist/), --preset=mobile|desktop, --runs=N (median of N, default 1).
/* global fetch */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const presets = option('preset') ? [option('preset')] : ['mobile', 'desktop'];
const runs = Number(option('runs') ?? 1);
const PAGES = [
  ['home', '/'],
  ['layer', '/layers/presentation'],
  ['topic + diagrams', '/layers/presentation/envelope-encryption'],
  ['exam', '/exam'],
];

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Starts scripts/serve.mjs on a free port and resolves once it answers. */
async function startServer() {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(origin).then(() => true, () => false)) return { server, origin };
    await sleep(100);
  }
  server.kill();
  throw new Error('the static server did not start');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One Lighthouse run; returns the numbers of the table. */
async function audit(chrome, url, preset) {
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] };
  const { lhr } = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  // A run can fail on a starved machine (no paint in time): say so instead of reporting zeros.
  if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const scripts = lhr.audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script');
  return {
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
    lcpMs: Math.round(numeric('largest-contentful-paint')), tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000, jsKB: Math.round(((scripts?.transferSize ?? 0) / 1024) * 10) / 10,
    failing: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
  };
}

function printTable(rows) {
  const header = ['page', 'preset', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'JS KB (transfer)'];
  const lines = rows.map((r) => [r.page, r.preset, r.performance, r.accessibility, r.bestPractices, r.seo, r.lcpMs, r.tbtMs, r.cls, r.jsKB].map(String));
  const table = [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  console.log(`\n${table}\n`);
  for (const r of rows.filter((r) => r.failing.length)) console.log(`  ${r.page} (${r.preset}) failing audits: ${r.failing.join(', ')}`);
  return table;
}

async function lighthouseBench() {
  const { server, origin } = await startServer();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const rows = [];
  try {
    for (const [page, path] of PAGES) {
      if ((await fetch(origin + path)).status === 404) {
        console.log(`skipped ${path}: not in this build`);
        continue;
      }
      for (const preset of presets) {
        const results = [];
        for (let attempts = 0; results.length < runs && attempts < runs + 2; attempts++) {
          const result = await audit(chrome, origin + path, preset);
          if (result.error) console.log(`${page} (${preset}): run failed, retrying: ${result.error}`);
          else results.push(result);
        }
        if (!results.length) continue;
        const pick = results.find((r) => r.performance === median(results.map((x) => x.performance))) ?? results[0];
        rows.push({ page, path, preset, ...pick });
        console.log(`${page} (${preset}): performance ${pick.performance}`);
      }
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/lighthouse.json', JSON.stringify(rows, null, 2));
  writeFileSync('.bench/lighthouse.md', `${printTable(rows)}\n`);
  console.log('Saved to .bench/lighthouse.json and .bench/lighthouse.md');
}

if (!args.includes('--no-build') || !existsSync('dist/index.html')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await lighthouseBench();

// Other benchmarks (e.g. the progress store's storage benchmark) live next to this file as scripts/bench-*.
for (const file of readdirSync('scripts').filter((f) => /^bench-.+\.(mjs|ts)$/.test(f)).sort()) {
  console.log(`\n== scripts/${file}`);
  const run = file.endsWith('.ts') ? spawnSync('npx', ['tsx', `scripts/${file}`], { stdio: 'inherit' }) : spawnSync(process.execPath, [`scripts/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
