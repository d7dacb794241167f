import { useEffect, useState, type ReactNode } from 'react';
import { useProgressStore } from '@/features/progress/progress-store';
import { COMPACT_AFTER_EVENTS } from './compaction-policy';

/** The number of reviews due now, for the navigation (ts-fsrs loads lazily after hydration); compacts a large log. */
export function DueCount(): ReactNode {
  const events = useProgressStore((s) => s.events);
  const ready = useProgressStore((s) => s.status !== 'loading');
  const record = useProgressStore((s) => s.record);
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    // Cards come from reviews (or a snapshot of them): with none, nothing is due and ts-fsrs need not load.
    if (events.some((e) => e.type === 'reviewed' || e.type === 'compacted')) {
      void import('./card-state').then(({ deriveCards, dueCards }) => {
        if (!cancelled) setDue(dueCards(deriveCards(events), new Date()).length);
      });
    } else {
      setDue(0);
    }
    // A large log is compacted here, off the first paint; the compaction code loads only when it is needed.
    if (events.length >= COMPACT_AFTER_EVENTS) {
      void import('./compaction').then(({ compactionDue, compactionEvent }) => {
        const until = compactionDue(events, Date.now());
        if (!cancelled && until !== null) void record(compactionEvent(events, until));
      });
    }
    return () => {
      cancelled = true;
    };
  }, [events, ready, record]);
  if (!due) return null;
  return (
    <span className="nav-count">
      {due}
      <span className="visually-hidden"> due</span>
    </span>
  );
}
