import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const KEY = 'seven-layers:progress';
const TOPIC = '/layers/presentation/kms-key-types';
const ready = (page: Page) => page.locator('html[data-ready="true"]').waitFor();
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const storedEvents = async (page: Page): Promise<{ id: string; type: string; at: number }[]> => JSON.parse((await stored(page)) ?? '{"events":[]}').events;
const markRead = (page: Page) => page.getByRole('button', { name: 'Mark as read' });
const markUnread = (page: Page) => page.getByRole('button', { name: /Read \(mark as unread\)/ });

/** The topic's read toggle, whichever way it points: a click records `topic-read` or `topic-unread`. */
const toggle = (page: Page) => page.getByRole('button', { name: /Mark as read|Read \(mark as unread\)/ });
const toggles = async (page: Page) => (await storedEvents(page)).filter((e) => e.type === 'topic-read' || e.type === 'topic-unread');

test('two tabs recording at the same instant, 30 times, keep all 60 events, and each tab shows the other’s', async ({ context }) => {
  test.setTimeout(120_000);
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) {
    await page.goto(TOPIC);
    await ready(page);
  }
  const ROUNDS = 30;
  for (let i = 0; i < ROUNDS; i++) {
    // Both tabs click in the same instant, without waiting for each other: a click event reaches a background tab
    // too. A store whose last writer wins loses one of each pair.
    await Promise.all([toggle(a).dispatchEvent('click'), toggle(b).dispatchEvent('click')]);
  }
  await expect.poll(async () => (await toggles(a)).length, { message: 'toggles stored' }).toBe(2 * ROUNDS);
  expect(new Set((await toggles(a)).map((e) => e.id)).size).toBe(2 * ROUNDS);
  // Each tab shows the merged log: both end on the same state, and a click in one shows in the other.
  await expect.poll(async () => [await toggle(a).textContent(), await toggle(b).textContent()].every((t, _, all) => t === all[0])).toBe(true);
  const before = await toggle(b).textContent();
  await toggle(a).dispatchEvent('click');
  await expect(toggle(b)).not.toHaveText(before ?? '');
  await expect.poll(async () => (await toggles(b)).length).toBe(2 * ROUNDS + 1);
  await Promise.all([a.reload(), b.reload()]);
  await Promise.all([ready(a), ready(b)]);
  expect((await toggles(a)).length).toBeGreaterThanOrEqual(2 * ROUNDS + 1);
});

test('an answer recorded just before a reload is kept', async ({ page }) => {
  await page.goto(TOPIC);
  await ready(page);
  await markRead(page).click();
  await page.reload();
  await ready(page);
  await expect(markUnread(page)).toBeVisible();
});

test('what the page records in one moment goes to storage in one write', async ({ page }) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Object.assign(window, { progressWrites: 0 });
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === key) (window as unknown as { progressWrites: number }).progressWrites++;
      return setItem.call(this, k, v);
    };
  }, KEY);
  await page.goto(TOPIC);
  await ready(page);
  await expect.poll(async () => (await storedEvents(page)).length).toBe(1); // topic-opened
  const writes = () => page.evaluate(() => (window as unknown as { progressWrites: number }).progressWrites);
  const before = await writes();
  // Five clicks in one task: five events, one write.
  await toggle(page).evaluate((button) => {
    for (let i = 0; i < 5; i++) (button as HTMLButtonElement).click();
  });
  await expect.poll(async () => (await toggles(page)).length).toBe(5);
  expect(await writes()).toBe(before + 1);
});

test('an answer recorded while another tab holds the lock is kept through a reload: pagehide writes without it', async ({ context, page }) => {
  await page.goto(TOPIC);
  await ready(page);
  await expect.poll(async () => (await storedEvents(page)).length).toBe(1); // topic-opened
  const other = await context.newPage();
  await other.goto('/about');
  await ready(other);
  await other.evaluate((key) => void navigator.locks.request(key, () => new Promise(() => {})), KEY);
  await markRead(page).click();
  await expect(markUnread(page)).toBeVisible();
  expect((await storedEvents(page)).map((e) => e.type)).toEqual(['topic-opened']); // the write waits for the lock
  await page.reload({ waitUntil: 'commit' });
  expect((await storedEvents(other)).map((e) => e.type).sort()).toEqual(['topic-opened', 'topic-read']);
  await other.close(); // releases the lock, so the reloaded page can load
  await ready(page);
  await expect(markUnread(page)).toBeVisible();
});

test('corrupt stored progress: the app starts, the value is set aside byte for byte, and can be downloaded', async ({ page }) => {
  const raw = '{"app":"seven-layers","version":1,"events":[{"id":"a","at":1,"type":"topic-re';
  await page.goto(TOPIC);
  await ready(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key ?? '', value ?? ''), [KEY, raw]);
  await page.reload();
  await ready(page);
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  const asideKeys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':set-aside:')));
  expect(asideKeys).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), asideKeys[0] ?? '')).toBe(raw);
  await markRead(page).click(); // still usable
  await expect(markUnread(page)).toBeVisible();
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the damaged data' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(raw);
});

test('progress from a newer version is left byte for byte and the app says it is read-only', async ({ page }) => {
  const raw = '{"app":"seven-layers","version":99,"events":[],"somethingNew":{"x":1}}';
  await page.goto(TOPIC);
  await ready(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key ?? '', value ?? ''), [KEY, raw]);
  await page.reload();
  await ready(page);
  await expect(page.getByText(/newer version of Seven Layers \(format 99\)/)).toBeVisible();
  await markRead(page).click();
  await page.goto('/progress');
  await ready(page);
  await expect(page.getByRole('button', { name: 'Import progress' })).toBeDisabled();
  expect(await stored(page)).toBe(raw);
});

test('a full storage is reported and nothing already saved is lost', async ({ page }) => {
  await page.goto(TOPIC);
  await ready(page);
  await markRead(page).click();
  await expect(markUnread(page)).toBeVisible();
  const before = await stored(page);
  // Fill the origin's quota with a filler value, halving the chunk until nothing more fits.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 8; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  await markUnread(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toBeVisible();
  expect(await stored(page)).toBe(before);
});
