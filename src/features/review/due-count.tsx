import { useEffect, useState, type ReactNode } from 'react';
import { useProgressStore } from '@/features/progress/progress-store';

/** The number of reviews due now, for the navigation (ts-fsrs loads lazily after hydration). It only counts: the progress store compacts the log. */
export function DueCount(): ReactNode {
  const events = useProgressStore((s) => s.events);
  const ready = useProgressStore((s) => s.status !== 'loading');
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    // Cards come from reviews (or a snapshot of them): with none, nothing is due and ts-fsrs need not load.
    if (events.some((e) => e.type === 'reviewed' || e.type === 'compacted')) {
      void import('@/learning/card-state').then(({ deriveCards, dueCards }) => {
        if (!cancelled) setDue(dueCards(deriveCards(events), new Date()).length);
      });
    } else {
      setDue(0);
    }
    return () => {
      cancelled = true;
    };
  }, [events, ready]);
  if (!due) return null;
  return (
    <span className="nav-count">
      {due}
      <span className="visually-hidden"> due</span>
    </span>
  );
}
