import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Minutes left at which the clock is announced to screen readers: sensible moments, never every second. */
export const ANNOUNCE_AT_MINUTES = [120, 90, 60, 30, 15, 10, 5, 1];

/** `2:49:59` for ms. */
export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** The announcement due when the clock crosses a threshold between `before` and `after` ms left, if any. */
export function clockAnnouncement(before: number, after: number): string | null {
  const crossed = ANNOUNCE_AT_MINUTES.find((m) => before > m * 60_000 && after <= m * 60_000);
  if (crossed === undefined) return null;
  return crossed >= 60 && crossed % 60 === 0 ? `${crossed / 60} hour${crossed === 60 ? '' : 's'} left.` : `${crossed} minute${crossed === 1 ? '' : 's'} left.`;
}

/** The countdown to the exam's wall-clock deadline; calls `onTimeUp` once when it reaches zero. */
export function ExamClock({ deadline, onTimeUp }: { deadline: number; onTimeUp: () => void }): ReactNode {
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const last = useRef<number | null>(null);
  const fired = useRef(false);
  const timeUp = useRef(onTimeUp);
  useEffect(() => {
    timeUp.current = onTimeUp;
  });
  useEffect(() => {
    const tick = () => {
      const t = Date.now();
      const left = deadline - t;
      const said = last.current === null ? null : clockAnnouncement(last.current, left);
      if (said) setAnnouncement(said);
      last.current = left;
      setNow(t);
      if (left <= 0 && !fired.current) {
        fired.current = true;
        timeUp.current();
      }
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);
  const left = Math.max(0, deadline - now);
  return (
    <div className={`exam-clock${left < 5 * 60_000 ? ' exam-clock-low' : ''}`}>
      <span className="muted">Time left</span> <span className="exam-clock-time" data-testid="exam-clock">{formatClock(left)}</span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
