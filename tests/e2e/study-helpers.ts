import type { Locator, Page } from '@playwright/test';

/** Gives some complete answer to the question on screen, whatever its type (right or wrong does not matter). */
export async function answerSomething(page: Page): Promise<void> {
  const card = page.locator('.question-card').first();
  const selects = card.locator('select');
  const selectCount = await selects.count();
  if (selectCount) {
    for (let i = 0; i < selectCount; i++) await selects.nth(i).selectOption({ index: 1 });
    return;
  }
  if (await card.locator('.ordering-list').count()) {
    // Ordering starts complete; move one step with the keyboard alternative.
    await card.getByRole('button', { name: /^Move down/ }).first().click();
    return;
  }
  const legend = (await card.locator('.answer-legend').textContent()) ?? '';
  const count = { one: 1, two: 2, three: 3 }[/Choose (\w+)/.exec(legend)?.[1] ?? 'one'] ?? 1;
  for (let i = 1; i <= count; i++) await page.keyboard.press(String(i));
}

/** The progress log as stored. */
export async function storedEvents(page: Page): Promise<{ type: string; [key: string]: unknown }[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('seven-layers:progress') ?? '{"events":[]}').events);
}

export const clockText = async (clock: Locator): Promise<number> => {
  const [h, m, s] = ((await clock.textContent()) ?? '0:0:0').split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
};
