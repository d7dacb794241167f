import { describe, expect, it } from 'vitest';
import { memoryLocks } from './memory-locks';

describe('memory Web Locks (the tests’ stand-in for navigator.locks)', () => {
  it('grants an exclusive lock to one holder at a time, in request order, until its callback settles', async () => {
    const locks = memoryLocks();
    const order: string[] = [];
    let release = () => {};
    const first = locks.request('k', () => new Promise<void>((resolve) => (release = () => (order.push('first done'), resolve()))));
    const second = locks.request('k', () => void order.push('second'));
    const third = locks.request('k', async () => (order.push('third'), 3));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([]);
    expect(locks.held('k')).toBe(true);
    expect(await locks.request('k', { ifAvailable: true }, (lock) => lock)).toBeNull();
    release();
    await first;
    await second;
    expect(await third).toBe(3);
    expect(order).toEqual(['first done', 'second', 'third']);
    expect(locks.held('k')).toBe(false);
  });

  it('releases the lock when the callback throws, and other names are independent', async () => {
    const locks = memoryLocks();
    await expect(locks.request('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(locks.held('k')).toBe(false);
    let release = () => {};
    void locks.request('k', () => new Promise<void>((resolve) => (release = resolve)));
    expect(await locks.request('other', () => 'free')).toBe('free');
    release();
  });
});
