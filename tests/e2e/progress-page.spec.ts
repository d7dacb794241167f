import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const KEY = 'seven-layers:progress';
const ready = (page: Page) => page.locator('html[data-ready="true"]').waitFor();
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const now = Date.now();
const day = 24 * 3600 * 1000;

/** A file as a learner's export would be: answers (one mixing up security groups and the firewall), reviews, two exams. */
const history = {
  app: 'seven-layers',
  version: 1,
  exportedAt: new Date(now).toISOString(),
  events: [
    { id: 'h1', at: now - 3 * day, type: 'topic-read', topic: 'network/aws-network-firewall' },
    { id: 'h2', at: now - 3 * day + 1, type: 'answered', questionId: 'l3-nfw-egress-domains', chosen: ['a'], correct: false, ms: 30000, mode: 'quiz' },
    { id: 'h3', at: now - 2 * day, type: 'answered', questionId: 'l3-nfw-egress-domains', chosen: ['b'], correct: true, ms: 20000, mode: 'quiz' },
    { id: 'h4', at: now - 2 * day + 1, type: 'reviewed', questionId: 'l3-nfw-egress-domains', rating: 1 },
    { id: 'h5', at: now - day, type: 'exam-started', exam: 'x1', questionIds: ['l3-nfw-egress-domains', 'l3-r53-private-health-check'], durationMs: 600000 },
    { id: 'h6', at: now - day + 1, type: 'exam-answered', exam: 'x1', questionId: 'l3-nfw-egress-domains', chosen: ['b'], flagged: false },
    { id: 'h7', at: now - day + 2, type: 'exam-submitted', exam: 'x1', reason: 'submitted' },
    { id: 'h8', at: now - 1000, type: 'exam-started', exam: 'x2', questionIds: ['l3-nfw-egress-domains', 'l3-r53-private-health-check'], durationMs: 600000 },
    { id: 'h9', at: now - 999, type: 'exam-answered', exam: 'x2', questionId: 'l3-nfw-egress-domains', chosen: ['b'], flagged: false },
    { id: 'h10', at: now - 998, type: 'exam-answered', exam: 'x2', questionId: 'l3-r53-private-health-check', chosen: ['c'], flagged: false },
    { id: 'h11', at: now - 997, type: 'exam-submitted', exam: 'x2', reason: 'submitted' },
  ],
};

async function importFile(page: Page, path: string, mode: 'Merge' | 'Replace'): Promise<void> {
  await page.getByLabel('Progress file (.json)').setInputFiles(path);
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole('button', { name: 'Import progress' }).click();
}

test('the dashboard shows imported history; export, reset, undo and import give back the same progress', async ({ page }, info) => {
  const file = info.outputPath('history.json');
  await writeFile(file, JSON.stringify(history));
  await page.goto('/progress');
  await ready(page);
  await importFile(page, file, 'Merge');
  await expect(page.getByText('Imported 11 events')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Practice exam scores over time' })).toBeVisible();
  await expect(page.locator('figcaption')).toContainText('2 exams; latest 1000, best 1000');
  await expect(page.getByRole('heading', { name: 'What you mix up' })).toBeVisible();
  // The wrong option named security groups where the right one names Network Firewall.
  await expect(page.locator('.confusions li').filter({ hasText: /AWS Network Firewall vs Security groups/ })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Weakest topics' }).locator('xpath=following-sibling::ol[1]').getByRole('link').first()).toBeVisible();
  await expect(page.getByText(/\d+ days?/).first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('dashboard.png'), fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const before = await stored(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export progress/ }).click();
  const exported = await (await download).path();
  expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ app: 'seven-layers', version: 3, events: history.events });

  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await expect(page.getByText('Your progress was reset.')).toBeVisible();
  expect(JSON.parse((await stored(page)) ?? '{}').events).toEqual([]);
  await page.getByRole('button', { name: 'Undo reset' }).click();
  await expect(page.getByText('Your progress is back.')).toBeVisible();
  expect(await stored(page)).toBe(before);

  // A reset followed at once by an import with Replace ends with the import (changes apply in call order). The
  // message must be the new one: the first import's "Imported 11 events (merged with …)" is still on the page.
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await importFile(page, exported, 'Replace');
  await expect(page.getByText('Imported 11 events (replacing your progress)')).toBeVisible();
  await expect(page.getByText('Your progress was reset.')).toBeVisible();
  expect(await stored(page)).toBe(before);
  await page.reload();
  await ready(page);
  expect(await stored(page)).toBe(before);
});

test('a hostile or foreign file is refused with a message and saved progress stays byte for byte', async ({ page }, info) => {
  await page.goto('/layers/presentation/kms-key-types');
  await ready(page);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await page.goto('/progress');
  await ready(page);
  const before = await stored(page);
  const cases: [string, string, RegExp][] = [
    ['proto.json', '{"app":"seven-layers","version":1,"events":[],"__proto__":{"admin":true}}', /"__proto__" key/],
    ['deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`, /nests data far deeper/],
    ['newer.json', '{"app":"seven-layers","version":7,"events":[]}', /newer version/],
    ['other.json', '{"deck":"anki"}', /not Seven Layers progress/],
    ['broken.json', '{"app":"seven-la', /not valid JSON/],
  ];
  for (const [name, text, message] of cases) {
    const path = info.outputPath(name);
    await writeFile(path, text);
    await importFile(page, path, 'Replace');
    await expect(page.getByRole('alert')).toHaveText(message);
    expect(await stored(page)).toBe(before);
  }
});
