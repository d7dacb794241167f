// Storage benchmark: how long start-up takes with a large history (10,000 answers, 2,000 review cards), in Node
// (parse, validate, derive the cards) and in Chromium (the built app, from page load to progress loaded), and how
// reading the same log from localStorage compares with IndexedDB. Run with `npm run bench:storage` (needs a build
// for the browser part). Prints a table; `--json` prints the numbers only.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { deriveCards } from '../src/features/review/card-state';
import { storedProgressSchema, type ProgressEvent } from '../src/features/progress/progress-events';
import { serialiseProgress } from '../src/features/progress/progress-format';

const ANSWERS = 10_000;
const CARDS = 2_000;
const REVIEWS_PER_CARD = 3;
const DAY = 86_400_000;

/** A deterministic history of the given size, spread over the last year. */
function history(): ProgressEvent[] {
  const start = Date.UTC(2025, 10, 29);
  const events: ProgressEvent[] = [];
  for (let i = 0; i < ANSWERS; i++) {
    events.push({ id: `a-${i}-0f8e2c7a-1b3d-4e5f`, at: start + i * 3000, type: 'answered', questionId: `q-${i % 430}`, chosen: ['a', 'c'], correct: i % 3 !== 0, ms: 20_000 + (i % 50) * 500, mode: 'quiz' });
  }
  for (let c = 0; c < CARDS; c++) {
    for (let r = 0; r < REVIEWS_PER_CARD; r++) {
      events.push({ id: `r-${c}-${r}-9a7b6c5d-4e3f`, at: start + (c % 300) * DAY + r * 5 * DAY, type: 'reviewed', questionId: `card-${c}`, rating: ((c + r) % 4) + 1 as 1 | 2 | 3 | 4 });
    }
  }
  return events.sort((x, y) => x.at - y.at);
}

const time = (fn: () => unknown, runs = 5): number => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return Math.round(samples.sort((a, b) => a - b)[Math.floor(runs / 2)]! * 10) / 10;
};

const events = history();
const raw = serialiseProgress(events);
const node = {
  events: events.length,
  storedKB: Math.round(raw.length / 1024),
  parseMs: time(() => JSON.parse(raw)),
  validateMs: time(() => storedProgressSchema.parse(JSON.parse(raw))),
  deriveCardsMs: time(() => deriveCards(events)),
};

async function browser(): Promise<Record<string, number> | null> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync('dist/index.html') || !existsSync(executablePath)) return null;
  const port = Number(process.env.BENCH_PORT ?? 4399);
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 800));
  const instance = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await instance.newPage();
    const url = `http://127.0.0.1:${port}/about`;
    await page.goto(url);
    await page.evaluate((value) => localStorage.setItem('seven-layers:progress', value), raw);
    const startups: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      await page.goto(url);
      await page.locator('html[data-ready="true"]').waitFor();
      startups.push(Date.now() - t);
    }
    const empty = await instance.newPage();
    await empty.goto(url);
    await empty.locator('html[data-ready="true"]').waitFor();
    const t0 = Date.now();
    await empty.goto(url);
    await empty.locator('html[data-ready="true"]').waitFor();
    const emptyStartup = Date.now() - t0;
    // The same log read raw from each store (median of 5), as the app would at start.
    // A string, not a function: tsx adds helpers (__name) to named functions that do not exist in the page.
    await page.evaluate((value) => Object.assign(window, { benchRaw: value }), raw);
    const reads = (await page.evaluate(`(async () => {
      const value = window.benchRaw;
      const median = (xs) => xs.sort((a, b) => a - b)[2];
      const ls = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        JSON.parse(localStorage.getItem('seven-layers:progress'));
        ls.push(performance.now() - t);
      }
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('bench', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const data = JSON.parse(value).events;
      await new Promise((resolve) => {
        const tx = db.transaction('kv', 'readwrite');
        tx.objectStore('kv').put(data, 'events');
        tx.oncomplete = resolve;
      });
      const idb = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await new Promise((resolve) => {
          const get = db.transaction('kv').objectStore('kv').get('events');
          get.onsuccess = () => resolve(get.result);
        });
        idb.push(performance.now() - t);
      }
      db.close();
      return { localStorageReadMs: Math.round(median(ls) * 10) / 10, indexedDbReadMs: Math.round(median(idb) * 10) / 10 };
    })()`)) as { localStorageReadMs: number; indexedDbReadMs: number };
    return { startupMs: startups.sort((a, b) => a - b)[2]!, emptyStartupMs: emptyStartup, ...reads };
  } finally {
    await instance.close();
    server.kill();
  }
}

const result = { node, browser: await browser() };
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`Storage benchmark: ${ANSWERS} answers + ${CARDS} review cards (${REVIEWS_PER_CARD} reviews each) = ${node.events} events, ${node.storedKB} KB stored`);
  console.log(`  Node   JSON.parse ${node.parseMs} ms · parse + zod validation ${node.validateMs} ms · derive FSRS cards ${node.deriveCardsMs} ms`);
  if (result.browser) {
    const b = result.browser;
    console.log(`  Chrome start-up of /about until progress is loaded: ${b.startupMs} ms with this history, ${b.emptyStartupMs} ms with none`);
    console.log(`  Chrome read of the log: localStorage + JSON.parse ${b.localStorageReadMs} ms · IndexedDB get ${b.indexedDbReadMs} ms`);
  } else console.log('  (browser part skipped: run `npm run build` first, and have Chromium at /usr/bin/chromium or CHROME_PATH)');
}
