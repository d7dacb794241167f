// Storage benchmark: how long start-up takes with a large history (10,000 answers, 2,000 review cards), in Node
// (parse, validate, derive the cards) and in Chromium (the built app, from page load to progress loaded), and how
// reading the same log from localStorage compares with IndexedDB; and the write path: with 16,000 events stored, 130
// answers one at a time and an exam submit (65 answers and their reviews), through the progress store, counting the
// writes and the bytes written. Run with `npm run bench:storage` (needs a build for the browser part). Prints a
// table; `--json` prints the numbers only; `--write-only` runs the write path alone.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { deriveCards } from '../src/learning/card-state';
import { storedProgressSchema, type ProgressEvent } from '../src/learning/progress-events';
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

const WRITE_PATH_EVENTS = 16_000;

/** A Storage in memory that counts what is written: setItem calls, and characters (the log is ASCII JSON: bytes). */
function countingStorage(initial: Record<string, string>): Storage & { writes: number; chars: number } {
  const data = new Map(Object.entries(initial));
  return {
    writes: 0,
    chars: 0,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem(k: string, v: string) {
      this.writes++;
      this.chars += String(v).length;
      data.set(k, String(v));
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
}

/** The write path: 130 answers, each in its own moment, then an exam submit; time, writes and MB written for each. */
async function writePath(): Promise<Record<string, number>> {
  // The store listens to its window (other tabs, pagehide); Node has none, so an EventTarget stands in.
  const g = globalThis as { window?: unknown };
  g.window ??= Object.assign(new EventTarget(), { localStorage: undefined });
  const now = Date.now();
  // Recent events only (5 minutes apart, 56 days), so nothing is old enough to compact: the log stays at 16,000.
  const stored: ProgressEvent[] = [];
  for (let i = 0; i < WRITE_PATH_EVENTS; i++) {
    const at = now - (WRITE_PATH_EVENTS - i) * 300_000;
    stored.push(i % 3 === 2
      ? { id: `r-${i}-9a7b6c5d-4e3f`, at, type: 'reviewed', questionId: `q-${i % 430}`, rating: ((i % 4) + 1) as 1 | 2 | 3 | 4 }
      : { id: `a-${i}-0f8e2c7a-1b3d-4e5f`, at, type: 'answered', questionId: `q-${i % 430}`, chosen: ['a', 'c'], correct: i % 3 !== 0, ms: 20_000, mode: 'quiz' });
  }
  const storage = countingStorage({ 'seven-layers:progress': serialiseProgress(stored) });
  const { useProgressStore } = await import('../src/features/progress/progress-store');
  const store = useProgressStore.getState() as ReturnType<typeof useProgressStore.getState> & { flush?: () => Promise<void>; stop?: () => void };
  await store.start(storage);
  // Everything recorded so far is written (the store after issue 13 has flush(); before it, record resolved once saved).
  const settle = async (pending: Promise<unknown>[]) => {
    await Promise.all(pending);
    await useProgressStore.getState().flush?.();
  };
  const answer = (i: number, mode: 'quiz' | 'exam') => ({ type: 'answered' as const, questionId: `q-${i % 430}`, chosen: ['b'], correct: i % 2 === 0, ms: 15_000, mode });
  const measure = async (run: () => Promise<void>) => {
    const [w, c, t] = [storage.writes, storage.chars, performance.now()];
    await run();
    return { ms: Math.round(performance.now() - t), writes: storage.writes - w, mb: Math.round((storage.chars - c) / 1e5) / 10 };
  };
  const answers = await measure(async () => {
    for (let i = 0; i < 130; i++) await settle([useProgressStore.getState().record(answer(i, 'quiz'))]);
  });
  // As the exam page submits: the submit event, then every answer and its review in one loop.
  const submit = await measure(async () => {
    const record = useProgressStore.getState().record;
    const pending: Promise<unknown>[] = [record({ type: 'exam-submitted', exam: 'bench-exam', reason: 'submitted' })];
    await pending[0];
    for (let i = 0; i < 65; i++) {
      pending.push(record({ ...answer(i, 'exam'), session: 'bench-exam' }));
      pending.push(record({ type: 'reviewed', questionId: `q-${i % 430}`, rating: 3 }));
    }
    await settle(pending);
  });
  useProgressStore.getState().stop?.();
  return { storedEvents: WRITE_PATH_EVENTS, answersMs: answers.ms, answersWrites: answers.writes, answersMB: answers.mb, submitMs: submit.ms, submitWrites: submit.writes, submitMB: submit.mb };
}

const writes = await writePath();
if (process.argv.includes('--write-only')) {
  console.log(process.argv.includes('--json') ? JSON.stringify(writes) : writes);
  process.exit(0);
}
const result = { node, writes, browser: await browser() };
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`Storage benchmark: ${ANSWERS} answers + ${CARDS} review cards (${REVIEWS_PER_CARD} reviews each) = ${node.events} events, ${node.storedKB} KB stored`);
  console.log(`  Node   JSON.parse ${node.parseMs} ms · parse + zod validation ${node.validateMs} ms · derive FSRS cards ${node.deriveCardsMs} ms`);
  const w = result.writes;
  console.log(`  Write path with ${w.storedEvents} events stored (Node, progress store): 130 answers one by one ${w.answersMs} ms, ${w.answersWrites} writes, ${w.answersMB} MB written · exam submit (65 answers + 65 reviews) ${w.submitMs} ms, ${w.submitWrites} writes, ${w.submitMB} MB written`);
  if (result.browser) {
    const b = result.browser;
    console.log(`  Chrome start-up of /about until progress is loaded: ${b.startupMs} ms with this history, ${b.emptyStartupMs} ms with none`);
    console.log(`  Chrome read of the log: localStorage + JSON.parse ${b.localStorageReadMs} ms · IndexedDB get ${b.indexedDbReadMs} ms`);
  } else console.log('  (browser part skipped: run `npm run build` first, and have Chromium at /usr/bin/chromium or CHROME_PATH)');
}
