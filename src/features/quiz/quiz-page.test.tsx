import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { routes } from '@/app/routes';
import { useProgressStore } from '@/features/progress/progress-store';

// The fixture course (tests/fixtures/course): application/waf holds one question of each type.
function renderAt(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

const check = () => screen.getByRole('button', { name: 'Check' });

describe('quiz screens', () => {
  beforeEach(() => {
    localStorage.clear();
    useProgressStore.setState({ events: [] });
  });

  it('multiple choice: radio buttons, Check, every explanation, the teaching section, score', async () => {
    const user = userEvent.setup();
    renderAt('/quiz?ids=fx-waf-single&seed=t');
    expect(await screen.findByRole('heading', { name: 'Question 1 of 1' })).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(check().getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('radio', { name: /A rate-based rule/ }));
    await user.click(check());
    expect(screen.getByText('✓ Correct')).toBeTruthy();
    for (const why of ['Right: it counts requests.', 'Wrong: it matches countries.', 'Wrong: it checks sizes.', 'Wrong: labels mark requests.']) expect(screen.getByText(why)).toBeTruthy();
    expect(screen.getByRole('link', { name: /AWS WAF › rate based rules/ }).getAttribute('href')).toBe('/layers/application/waf#rate-based-rules');
    await user.click(screen.getByRole('button', { name: /Easy/ }));
    expect(await screen.findByRole('heading', { name: /Your score: 1 of 1/ })).toBeTruthy();
    const types = useProgressStore.getState().events.map((e) => (e.type === 'reviewed' ? `reviewed:${e.rating}` : e.type));
    expect(types).toEqual(['answered', 'reviewed:4']);
  });

  it('multiple response: checkboxes that say how many, and keys pick options', async () => {
    const user = userEvent.setup();
    renderAt('/quiz?ids=fx-waf-multiple&seed=t');
    expect(await screen.findByText('Choose two.')).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    // Keys pick by the shown position (a number, or a letter): press the ones of the two right options.
    const position = (label: string) => screen.getAllByRole('checkbox').findIndex((c) => c.closest('label')?.textContent?.includes(label));
    await user.keyboard(String(position('Block') + 1));
    await user.keyboard('abcdefghi'.charAt(position('CAPTCHA')));
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(2);
    await user.keyboard('{Enter}');
    expect(document.querySelector('.verdict-title')?.textContent).toBe('✓ Correct');
  });

  it('ordering: Move up/down buttons reorder the steps; the right order is marked right with its explanations', async () => {
    const user = userEvent.setup();
    renderAt('/quiz?ids=fx-waf-ordering&seed=t');
    await screen.findByRole('heading', { name: 'Question 1 of 1' });
    const list = document.querySelector('.ordering-list') as HTMLElement;
    const steps = () => within(list).getAllByRole('listitem').map((li) => li.querySelector('.option-text')?.textContent);
    // Bring "First step" to the top and "Second step" second with the keyboard alternative.
    while (steps()[0] !== 'First step') await user.click(screen.getByRole('button', { name: 'Move up: First step' }));
    if (steps()[1] !== 'Second step') await user.click(screen.getByRole('button', { name: 'Move up: Second step' }));
    expect(steps()).toEqual(['First step', 'Second step', 'Third step']);
    await user.click(check());
    expect(screen.getByText('✓ Correct')).toBeTruthy();
    expect(screen.getByText('Because it comes first.')).toBeTruthy();
  });

  it('matching: one labelled select per prompt; a wrong match shows the right answer', async () => {
    const user = userEvent.setup();
    renderAt('/quiz?ids=fx-waf-matching&seed=t');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'SQLi' }), 'AWS WAF');
    await user.selectOptions(screen.getByRole('combobox', { name: 'SYN flood' }), 'AWS WAF');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Secrets' }), 'Secrets Manager');
    await user.click(check());
    expect(screen.getByText('✗ Not quite')).toBeTruthy();
    expect(screen.getByText('✗ The answer is AWS Shield')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'See results' }));
    expect(await screen.findByRole('link', { name: 'Retry the 1 I missed' })).toBeTruthy();
    expect(useProgressStore.getState().events.filter((e) => e.type === 'reviewed').map((e) => e.type === 'reviewed' && e.rating)).toEqual([1]);
  });

  it('the builder is a form whose choices become the quiz link', async () => {
    const user = userEvent.setup();
    const router = renderAt('/quiz');
    await user.click(await screen.findByRole('checkbox', { name: /AWS WAF/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Detection' }));
    await user.click(screen.getByRole('radio', { name: 'Only new questions' }));
    await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
    expect(await screen.findByRole('heading', { name: 'Quiz: AWS WAF' })).toBeTruthy();
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('topic')).toBe('application/waf');
    expect(params.get('domain')).toBe('detection');
    expect(params.get('only')).toBe('new');
    expect(params.get('seed')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Question 1 of 1' })).toBeTruthy();
  });
});

describe('quiz links the course cannot answer', () => {
  beforeEach(() => {
    localStorage.clear();
    useProgressStore.setState({ events: [] });
  });

  it('an unknown topic is named, with the closest topics, and no quiz starts', async () => {
    const router = renderAt('/quiz?topic=wav');
    expect(await screen.findByRole('heading', { name: 'This quiz cannot be built' })).toBeTruthy();
    expect(screen.getByText(/There is no topic/).textContent).toContain('wav');
    expect(screen.getByRole('link', { name: 'Quiz: AWS WAF' }).getAttribute('href')).toBe('/quiz?topic=waf');
    expect(screen.queryByRole('button', { name: 'Check' })).toBeNull();
    // The link is left as it was: no seed is added, so the learner still sees what they asked for.
    expect(router.state.location.search).toBe('?topic=wav');
  });

  it('an unknown skill suggests skills of the same task', async () => {
    renderAt('/quiz?skill=3.1.9');
    expect(await screen.findByText(/There is no skill of the exam guide/)).toBeTruthy();
    const links = screen.getAllByRole('link', { name: /^Quiz: 3\.1\./ }).map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
  });

  it('a known skill runs a quiz of its questions', async () => {
    renderAt('/quiz?skill=3.1.3&seed=s');
    expect(await screen.findByRole('heading', { name: 'Question 1 of 1' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('skill 3.1.3');
  });
});
