import { describe, expect, it } from 'vitest';
import { clockAnnouncement, formatClock } from './exam-clock';

const MIN = 60_000;

describe('exam clock', () => {
  it('formats the time left', () => {
    expect(formatClock(170 * MIN)).toBe('2:50:00');
    expect(formatClock(61_000)).toBe('0:01:01');
    expect(formatClock(0)).toBe('0:00:00');
  });

  it('announces only at set moments, never every second', () => {
    expect(clockAnnouncement(60 * MIN + 500, 60 * MIN - 500)).toBe('1 hour left.');
    expect(clockAnnouncement(120 * MIN + 1, 120 * MIN)).toBe('2 hours left.');
    expect(clockAnnouncement(5 * MIN + 400, 5 * MIN - 600)).toBe('5 minutes left.');
    expect(clockAnnouncement(MIN + 1, MIN)).toBe('1 minute left.');
    let said = 0;
    for (let left = 170 * MIN; left > 0; left -= 1000) if (clockAnnouncement(left, left - 1000)) said++;
    expect(said).toBe(8);
  });
});
