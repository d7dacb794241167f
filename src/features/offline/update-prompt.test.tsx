import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppUpdateStore } from './app-update-store';
import { UpdatePrompt } from './update-prompt';

afterEach(() => act(() => useAppUpdateStore.setState({ updateReady: false, offlineReady: false, applyUpdate: null })));

describe('UpdatePrompt', () => {
  it('says nothing until there is something to say, in a live region that is always there', () => {
    render(<UpdatePrompt />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers a waiting version and reloads only when the learner asks', async () => {
    const applyUpdate = vi.fn();
    render(<UpdatePrompt />);
    act(() => useAppUpdateStore.setState({ updateReady: true, applyUpdate }));
    expect(screen.getByRole('status').textContent).toContain('A new version of Seven Layers is ready.');
    expect(applyUpdate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(applyUpdate).toHaveBeenCalledOnce();
  });

  it('can be put off until later without reloading', async () => {
    const applyUpdate = vi.fn();
    render(<UpdatePrompt />);
    act(() => useAppUpdateStore.setState({ updateReady: true, applyUpdate }));
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(applyUpdate).not.toHaveBeenCalled();
  });

  it('says once that the course works offline', async () => {
    render(<UpdatePrompt />);
    act(() => useAppUpdateStore.setState({ offlineReady: true }));
    expect(screen.getByRole('status').textContent).toContain('now works offline');
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
