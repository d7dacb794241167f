// After one visit the whole course works with the network off: the service worker precaches every page and chunk.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { compileCourse } from '../../src/pipeline/course';
import { loadContent } from '../../src/pipeline/load';
import { blocksText } from '../../src/content/plain-text';
import { storedEvents } from './study-helpers';

const swFile = 'dist/sw.js';

/** Two single-answer questions of the AWS WAF topic: the offline quiz answers the first right, the second wrong. */
const wafQuestions = () =>
  [...compileCourse(loadContent('content')).questions.values()]
    .flat()
    .flatMap((q) => (q.type === 'single' && q.topic.endsWith('aws-waf') ? [q] : []))
    .slice(0, 2);
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Waits until the service worker has precached the course and controls the page. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });
}

test('after one visit, topics and their diagrams work with the network off', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await waitForOfflineCopy(page);
  await expect(page.getByRole('status').filter({ hasText: 'works offline' })).toBeVisible();

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Three topics opened by URL (each a full page load, answered from the precache with its prerendered HTML).
  for (const [url, title] of [
    ['/layers/presentation/kms-key-policies', 'AWS KMS key policies and grants'],
    ['/layers/network/', null],
    ['/layers/application/aws-waf', 'AWS WAF'],
  ] as const) {
    const response = await page.goto(url);
    expect(response?.fromServiceWorker(), `${url} comes from the service worker`).toBe(true);
    if (title) await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  // A topic reached through an in-app link (its lazy chunks come from the precache) with its diagram drawn.
  await page.goto('/layers/presentation');
  await page.locator('.topic-list a', { hasText: 'Envelope encryption' }).first().click();
  await expect(page).toHaveURL(/\/layers\/presentation\/envelope-encryption$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Envelope encryption');
  // The page may re-render while its chunks arrive: retry the scroll until the figure is stable.
  await expect(async () => page.locator('figure.diagram').first().scrollIntoViewIfNeeded({ timeout: 2000 })).toPass({ timeout: 15_000 });
  await expect(page.locator('figure.diagram svg[role="img"]').first()).toBeVisible({ timeout: 15_000 });

  // A layer cheat sheet is not precached as HTML: the app shell renders it, diagrams included, from the chunks.
  const sheet = await page.goto('/layers/network/cheat-sheet');
  expect(sheet?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network');
  await expect(page.locator('figure.diagram[data-state="rendered"]').first()).toBeVisible({ timeout: 30_000 });
});

test('after one visit, a quiz question, a question page, the exam and review work with the network off', async ({ page, context }) => {
  const WAF_QUESTIONS = wafQuestions();
  expect(WAF_QUESTIONS).toHaveLength(2);
  await page.goto('/layers/application/aws-waf');
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  // The question bank is a precached chunk, and grading needs nothing from the network: a right answer scores
  // right and a wrong one wrong.
  await page.goto(`/quiz?ids=${WAF_QUESTIONS.map((q) => q.id).join(',')}&seed=offline`);
  for (let i = 1; i <= WAF_QUESTIONS.length; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i} of ${WAF_QUESTIONS.length}` })).toBeVisible();
    const stem = words((await page.locator('.question-stem').textContent()) ?? '');
    const question = WAF_QUESTIONS.find((q) => stem.startsWith(words(blocksText(q.stem)).slice(0, 60)));
    expect(question, `the question on screen is one of ${WAF_QUESTIONS.map((q) => q.id).join(', ')}`).toBeDefined();
    const right = question === WAF_QUESTIONS[0];
    const option = question?.options.find((o) => o.correct === right);
    await page.locator(`.question-card input[value="${option?.id}"]`).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator('.verdict-title')).toHaveText(right ? '✓ Correct' : '✗ Not quite');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: /Your score/ })).toHaveText(/Your score: 1 of 2 \(50%\)/);
  // Saving is asynchronous (the first save loads the storage code, here from the offline copy): wait for it.
  await expect
    .poll(async () => (await storedEvents(page)).filter((e) => e.type === 'answered').map((e) => [e.questionId, e.correct]).sort())
    .toEqual(WAF_QUESTIONS.map((q, i) => [q.id, i === 0]).sort());
  // A single-question page is not precached as HTML: the app shell renders it from the question bank.
  const question = readdirSync('dist/questions')[0];
  await page.goto(`/questions/${question}`);
  await expect(page.locator('.question-card')).toBeVisible();
  // The exam and the review queue open offline too.
  // The exam draws its questions from the precached bank.
  await page.goto('/exam');
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 65' })).toBeVisible();
  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
});

test('after one visit, the labs work with the network off: a scenario opens, its editor loads, its trace is drawn', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await waitForOfflineCopy(page);
  await context.setOffline(true);

  const response = await page.goto('/labs/network/reply-needs-ephemeral-ports');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await expect(page.locator('.cm-content').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('table', { name: 'Hop by hop, out and back' })).toBeVisible();
  await expect(page.locator('figure.diagram svg[role="img"]')).toBeVisible({ timeout: 15_000 });
  // An in-app link to the other lab: its chunks come from the precache too.
  await page.getByRole('link', { name: 'Labs', exact: true }).first().click();
  await page.getByRole('link', { name: 'Let the auditors read one bucket' }).click();
  await expect(page.locator('.workbench-result [role="status"]').first()).toHaveText('Implicitly denied');
  await expect(page.locator('.cm-content').first()).toBeVisible({ timeout: 15_000 });
});

test('an unknown URL offline gets the app shell, which shows the not-found page for it', async ({ page, context }) => {
  await page.goto('/about');
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  await page.goto('/layers/presentation/no-such-topic');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found|no page/i);
});

test('a new version waits for the learner: the page is never reloaded by itself', async ({ page }) => {
  // A fake clock (running at normal pace) lets the test play out every timer the page sets, instead of waiting.
  await page.clock.install();
  // Every message a page sends a service worker: SKIP_WAITING is what would let a new version take over (and the
  // app reloads when one takes over).
  await page.addInitScript(() => {
    const sent: unknown[] = [];
    const post = ServiceWorker.prototype.postMessage as (this: ServiceWorker, ...args: unknown[]) => void;
    ServiceWorker.prototype.postMessage = function (this: ServiceWorker, ...args: unknown[]) {
      sent.push(args[0]);
      post.apply(this, args);
    } as ServiceWorker['postMessage'];
    Object.assign(window, { __sentToWorkers: sent });
  });
  await page.goto('/layers/application/aws-waf');
  await waitForOfflineCopy(page);
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  const versions = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        sameDocument: (window as unknown as { __sameDocument?: boolean }).__sameDocument ?? false,
        sent: (window as unknown as { __sentToWorkers: unknown[] }).__sentToWorkers,
        controllerIsActive: navigator.serviceWorker.controller !== null && navigator.serviceWorker.controller === registration?.active,
        waiting: registration?.waiting?.state ?? null,
      };
    });
  // Deploy a "new version": any change to sw.js makes the browser install it next to the running one.
  const original = readFileSync(swFile, 'utf8');
  try {
    writeFileSync(swFile, `${original}\n// next version ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Seven Layers is ready.' });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    // Play out ten minutes of the page's timers at once: whatever the page would do by itself, it has now done.
    await page.clock.runFor(10 * 60_000);
    // The new version is installed and waiting, the old one still controls this same document, nothing asked the
    // new one to take over, and the page has not navigated.
    expect(await versions()).toEqual({ sameDocument: true, sent: [], controllerIsActive: true, waiting: 'installed' });
    expect(navigations).toEqual([]);
    await prompt.getByRole('button', { name: 'Reload' }).click();
    // A reload replaces the document (an evaluate racing it may fail, which is no answer yet).
    const sameDocument = () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument ?? false).catch(() => null);
    await expect.poll(sameDocument).toBe(false);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS WAF');
    await expect(prompt).toHaveCount(0);
  } finally {
    writeFileSync(swFile, original);
  }
});
