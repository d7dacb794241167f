import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '@/app/routes';

// The fixture course (tests/fixtures/course) is what virtual:course holds under vitest.
function renderAt(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('topic route', () => {
  it('renders breadcrumb, title, summary, table of contents, sections and next topic', async () => {
    renderAt('/layers/application/waf');
    expect(await screen.findByRole('heading', { level: 1, name: 'AWS WAF' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' }).textContent).toContain('7 · Application');
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    expect([...toc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#rate-based-rules', '#common-traps']);
    expect(screen.getByRole('heading', { level: 2, name: /Common traps/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Questions/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Next AWS KMS/ }).getAttribute('href')).toBe('/layers/presentation/kms');
  });

  it('shows the not-found page with a suggestion for a mistyped topic', async () => {
    renderAt('/layers/application/wafs');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'AWS WAF' })).getAttribute('href')).toBe('/layers/application/waf');
  });

  it('redirects a layer number to its slug', async () => {
    const router = renderAt('/layers/6');
    expect(await screen.findByRole('heading', { level: 1, name: 'Presentation' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/layers/presentation');
  });
});
