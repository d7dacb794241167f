import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ExamEntry } from './exam-state';

interface NavigatorProps {
  questionIds: string[];
  entries: Map<string, ExamEntry>;
  current: number;
  onGo: (index: number) => void;
}

/** A question's state for the navigator's label and style. */
const stateOf = (entry: ExamEntry | undefined): { answered: boolean; flagged: boolean } => ({ answered: Boolean(entry?.chosen.length), flagged: Boolean(entry?.flagged) });

/** Every question of the exam as a button; arrow keys move between them (one tab stop), Enter opens one. */
export function ExamNavigator({ questionIds, entries, current, onGo }: NavigatorProps): ReactNode {
  const list = useRef<HTMLDivElement>(null);
  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const focusAt = (i: number) => buttons()[i]?.focus();
  /** Buttons per row as laid out now (the grid reflows with the width), so Up and Down move by one row. */
  const columns = (): number => {
    const all = buttons();
    const top = all[0]?.offsetTop;
    return Math.max(1, all.filter((b) => b.offsetTop === top).length);
  };
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const row = ['ArrowDown', 'ArrowUp'].includes(e.key) ? columns() : 0;
    const step = { ArrowRight: 1, ArrowDown: row, ArrowLeft: -1, ArrowUp: -row, Home: -i, End: questionIds.length - 1 - i }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    focusAt(Math.min(questionIds.length - 1, Math.max(0, i + step)));
  };
  return (
    <nav aria-label="Exam questions" className="exam-navigator">
      <div ref={list} className="exam-nav-grid">
        {questionIds.map((id, i) => {
          const { answered, flagged } = stateOf(entries.get(id));
          const label = `Question ${i + 1}${answered ? ', answered' : ', not answered'}${flagged ? ', flagged' : ''}`;
          return (
            <button
              key={id}
              type="button"
              className={`exam-nav-item${answered ? ' answered' : ''}${flagged ? ' flagged' : ''}`}
              aria-label={label}
              aria-current={i === current ? 'step' : undefined}
              tabIndex={i === current ? 0 : -1}
              onClick={() => onGo(i)}
              onKeyDown={(e) => onKey(e, i)}
            >
              {i + 1}
              {flagged && <span aria-hidden="true">⚑</span>}
            </button>
          );
        })}
      </div>
      <p className="muted exam-nav-legend">Filled: answered · ⚑ flagged. Arrow keys move, Enter opens.</p>
    </nav>
  );
}
