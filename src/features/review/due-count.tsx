import { useEffect, useState, type ReactNode } from 'react';
import { useProgressStore } from '@/features/progress/progress-store';

/** The number of reviews due now, for the navigation; ts-fsrs loads lazily after hydration. */
export function DueCount(): ReactNode {
  const events = useProgressStore((s) => s.events);
  const ready = useProgressStore((s) => s.status !== 'loading');
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    void import('./card-state').then(({ deriveCards, dueCards }) => {
      if (!cancelled) setDue(dueCards(deriveCards(events), new Date()).length);
    });
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
