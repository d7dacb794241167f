import { test as base, expect } from '@playwright/test';

/**
 * Every browser test fails on an uncaught page error or a console error (hydration mismatches and CSP violations
 * included). A test that provokes blocked attacks on purpose may allow the console messages that report them.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp | null; pageErrors: string[] }>({
  allowedConsoleErrors: [null, { option: true }],
  pageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() !== 'error' || /status of 404/.test(m.text())) return;
        if (allowedConsoleErrors?.test(m.text())) return;
        errors.push(`console: ${m.text()}`);
      });
      await use(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
