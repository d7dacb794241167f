import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PROGRESS_KEY = 'seven-layers:progress';

const storedEvents = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"events":[]}') as { events: { type: string; lab?: string; scenario?: string }[] }).events, PROGRESS_KEY);

/** Opens a lab page and waits until it is hydrated and progress has loaded (a click before that does nothing). */
async function openLab(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-ready="true"]').waitFor();
}

/** Replaces the whole text of the lab editor named `label`, as a learner would: click, select all, type. */
async function replaceEditorText(page: Page, label: string, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: label });
  await expect(editor).toBeVisible();
  // CodeMirror replaces the plain text area once loaded; wait for it, so the typing lands in the editor.
  await expect(page.locator('.cm-content').first()).toBeVisible({ timeout: 15_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

const FIXED_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::example-reports' },
    { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-reports/*' },
  ],
}, null, 2);

test('a learner solves a policy scenario in the editor, and the dashboard counts it', async ({ page }) => {
  await openLab(page, '/labs/policy/read-one-bucket');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Let the auditors read one bucket');
  const decision = page.locator('.workbench-result [role="status"]').first();
  await expect(decision).toHaveText('Implicitly denied');
  await expect(page.locator('.goal-status')).toHaveText(/Not solved yet/);

  // A lazy fix is caught by the probes.
  await replaceEditorText(page, 'Identity-based policy AuditorAccess, as JSON', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }));
  await expect(decision).toHaveText('Allowed');
  await expect(page.locator('.goal-checks li[data-ok="false"]').first()).toContainText('wanted denied; now allowed');
  await expect(page.locator('.goal-status')).toHaveText(/Not solved yet/);

  // A syntax error is shown at its line and column, and the decision waits for the fix.
  await replaceEditorText(page, 'Identity-based policy AuditorAccess, as JSON', '{\n  "Version": "2012-10-17",\n  "Statement": [\n');
  await expect(page.locator('.workbench-result')).toContainText('has errors');
  await expect(page.getByRole('status').filter({ hasText: /line \d+, column \d+/ }).first()).toBeVisible();

  await replaceEditorText(page, 'Identity-based policy AuditorAccess, as JSON', FIXED_POLICY);
  await expect(decision).toHaveText('Allowed');
  await expect(page.locator('.goal-status')).toHaveText(/^Solved\./);
  await expect(page.locator('.goal-checks li[data-ok="false"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  // The statement that allowed is marked in the editor.
  await expect(page.locator('.cm-line-allow').first()).toBeVisible();
  await expect.poll(async () => (await storedEvents(page)).filter((e) => e.type === 'lab-solved')).toEqual([expect.objectContaining({ lab: 'policy', scenario: 'read-one-bucket' })]);

  await page.goto('/progress');
  await expect(page.locator('.stat-grid div').filter({ hasText: 'Lab scenarios solved' }).locator('dd')).toHaveText(/^1 /);
  await page.goto('/labs');
  await expect(page.locator('.scenario-list li').filter({ hasText: 'Let the auditors read one bucket' })).toContainText('✓ solved');
});

test('a shared link restores the exact lab state; a hostile or oversized one is refused and changes nothing', async ({ page, context }) => {
  await openLab(page, '/labs/policy/read-one-bucket');
  await replaceEditorText(page, 'Identity-based policy AuditorAccess, as JSON', FIXED_POLICY);
  await expect(page.locator('.goal-status')).toHaveText(/^Solved\./);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Link to this lab as it is' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this lab state' }).inputValue();
  expect(link).toMatch(/\/labs\/policy\/read-one-bucket\?state=1\.[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const before = await storedEvents(page);

  const other = await context.newPage();
  await openLab(other, link);
  await expect(other.getByRole('status').filter({ hasText: 'This is the lab as it was shared with you' })).toBeVisible();
  await expect(other.locator('.goal-status')).toHaveText(/^Solved/);
  await expect(other.locator('.cm-content').nth(1)).toContainText('"Sid": "Read"');
  await other.close();

  for (const hostile of ['1.AAAA', `1.${'A'.repeat(7_500)}`, '<script>alert(1)</script>', '1.!!!!']) {
    await openLab(page, `/labs/policy/read-one-bucket?state=${encodeURIComponent(hostile)}`);
    await expect(page.getByRole('alert')).toContainText(/The link's lab state (is|was|does|unpacks)/);
    await expect(page.getByRole('alert')).toContainText('nothing else changed');
    await expect(page.locator('.goal-status')).toHaveText(/Not solved yet/);
    expect(await storedEvents(page)).toEqual(before);
  }
});

test('a find scenario hides the trace until the learner points at the right statement', async ({ page }) => {
  await openLab(page, '/labs/policy/explicit-deny-in-the-ou-path');
  await expect(page.locator('.trace')).toHaveCount(0);
  const picker = page.getByRole('group', { name: 'Which statement decides the request?' });
  const options = picker.getByRole('radio');
  expect(await options.count()).toBeGreaterThan(2);
  // Try each statement until the lab accepts one: a wrong one is refused with a message.
  let sawWrong = false;
  for (let i = 0; i < (await options.count()); i++) {
    await options.nth(i).check();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    if (await page.locator('.goal-status').filter({ hasText: /^Solved/ }).count()) break;
    await expect(page.getByText('Not that one')).toBeVisible();
    sawWrong = true;
  }
  expect(sawWrong).toBe(true);
  await expect(page.locator('.goal-status')).toHaveText(/^Solved/);
  await expect(page.locator('.trace')).toBeVisible();
  await expect(page.locator('.workbench-result [role="status"]').first()).toHaveText('Explicitly denied');
});

test('a learner solves a network scenario: the reply needs the ephemeral ports in the stateless network ACL', async ({ page }) => {
  await openLab(page, '/labs/network/reply-needs-ephemeral-ports');
  const verdict = page.locator('.workbench-result [role="status"]').first();
  await expect(verdict).toHaveText('Arrives, but the reply is dropped');
  const hops = page.getByRole('table', { name: 'Hop by hop, out and back' });
  await expect(hops.locator('tr.hop-drop')).toContainText('reply');
  await expect(page.getByRole('table', { name: /VPC Flow Logs records/ })).toContainText('REJECT');
  await expect(page.locator('figure.diagram svg')).toBeVisible({ timeout: 15_000 });

  const acl = {
    inbound: [
      { rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' },
      { rule: 110, protocol: 'all', cidr: '10.0.0.0/16', action: 'allow' },
    ],
    outbound: [
      { rule: 100, protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' },
      { rule: 110, protocol: 'all', cidr: '10.0.0.0/16', action: 'allow' },
    ],
  };
  await replaceEditorText(page, 'Network ACL public-acl, as JSON', JSON.stringify(acl, null, 2));
  await expect(verdict).toHaveText('Gets there and back');
  await expect(page.getByRole('table', { name: /VPC Flow Logs records/ })).not.toContainText('REJECT');
  await expect(page.locator('.goal-status')).toHaveText(/^Solved\./);
  await expect.poll(async () => (await storedEvents(page)).filter((e) => e.type === 'lab-solved')).toEqual([expect.objectContaining({ lab: 'network', scenario: 'reply-needs-ephemeral-ports' })]);
});

/** The accessible name of what has focus, looking into shadow roots (the editors live in one). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 60) ?? '';
  });

test('keyboard only: Tab reaches an editor, typing edits it, Tab leaves it; a find scenario is answered from the keyboard', async ({ page }) => {
  await openLab(page, '/labs/policy/read-one-bucket');
  await expect(page.locator('.cm-content').first()).toBeVisible({ timeout: 15_000 });
  const target = 'Identity-based policy AuditorAccess, as JSON';
  for (let i = 0; i < 80 && (await focusedName(page)) !== target; i++) await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe(target);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(FIXED_POLICY);
  await expect(page.locator('.goal-status')).toHaveText(/^Solved\./);
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).not.toBe(target);

  await openLab(page, '/labs/policy/explicit-deny-in-the-ou-path');
  for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.getAttribute('type') === 'radio')); i++) await page.keyboard.press('Tab');
  const radios = page.getByRole('group', { name: 'Which statement decides the request?' }).getByRole('radio');
  const count = await radios.count();
  for (let i = 0; i < count; i++) {
    // Arrow keys move through the group and select; Shift+Tab and Tab come back to it from the button.
    await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
    await expect(radios.nth(i)).toBeChecked();
    // The answer button comes right after the choices.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Check my answer');
    await page.keyboard.press('Enter');
    if (await page.locator('.goal-status').filter({ hasText: /^Solved/ }).count()) break;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(page.locator('.goal-status')).toHaveText(/^Solved/);
});

test('topics link to the scenarios that practise them, and the scenarios link back', async ({ page }) => {
  await page.goto('/layers/session/policy-evaluation');
  const labs = page.getByRole('region', { name: 'Try it in the lab' });
  await expect(labs.getByRole('link', { name: 'Let the auditors read one bucket' })).toBeVisible();
  await labs.getByRole('link', { name: 'Let the auditors read one bucket' }).click();
  await expect(page).toHaveURL(/\/labs\/policy\/read-one-bucket$/);
  await page.getByRole('link', { name: /Policy evaluation: / }).first().click();
  await expect(page).toHaveURL(/\/layers\/session\/policy-evaluation#/);
});

test('an unknown lab or scenario is a helpful 404', async ({ page }) => {
  for (const url of ['/labs/dns', '/labs/policy/no-such-scenario']) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  }
});
