import { useState, type DragEvent, type ReactNode } from 'react';
import { inlineText } from '@/content/plain-text';
import { Blocks } from '@/ui/markdown/blocks';
import { Inlines } from '@/ui/markdown/inlines';
import type { QuestionInputProps } from '../../question-input';
import { ordering, type OrderingQuestion } from './index';

const move = (list: string[], from: number, to: number): string[] => {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
};

/** Ordering: drag and drop, with Move up / Move down buttons as the keyboard alternative. */
export default function OrderingInput({ question: q, answer, onChange, revealed }: QuestionInputProps<OrderingQuestion>): ReactNode {
  const [dragged, setDragged] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const verdicts = ordering.verdicts(q, answer);
  const label = (id: string) => inlineText(q.steps.find((s) => s.id === id)?.text ?? []);
  const moveTo = (from: number, to: number) => {
    if (to < 0 || to >= answer.length || from === to) return;
    onChange(move(answer, from, to));
    setAnnouncement(`${label(answer[from] ?? '')} moved to position ${to + 1} of ${answer.length}.`);
  };
  const onDrop = (e: DragEvent, to: number) => {
    e.preventDefault();
    if (dragged !== null) moveTo(dragged, to);
    setDragged(null);
  };
  return (
    <div className="answer-options">
      <p className="answer-legend" id={`${q.id}-order-help`}>
        Put the steps in order, first at the top: drag them, or use the Move up and Move down buttons.
      </p>
      <ol className="ordering-list" aria-describedby={`${q.id}-order-help`}>
        {answer.map((id, i) => {
          const step = q.steps.find((s) => s.id === id);
          const verdict = verdicts.get(id);
          if (!step || !verdict) return null;
          return (
            <li
              key={id}
              className={`option ordering-item option-${revealed ? verdict.state : 'open'}${dragged === i ? ' dragging' : ''}`}
              draggable={!revealed}
              onDragStart={() => setDragged(i)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => onDrop(e, i)}
            >
              <div className="ordering-row">
                <span className="option-key" aria-hidden="true">{i + 1}</span>
                <span className="option-text">
                  <Inlines nodes={step.text} />
                </span>
                {!revealed && (
                  <span className="ordering-buttons">
                    <button type="button" className="button-small" disabled={i === 0} onClick={() => moveTo(i, i - 1)} aria-label={`Move up: ${label(id)}`}>
                      ↑
                    </button>
                    <button type="button" className="button-small" disabled={i === answer.length - 1} onClick={() => moveTo(i, i + 1)} aria-label={`Move down: ${label(id)}`}>
                      ↓
                    </button>
                  </span>
                )}
              </div>
              {revealed && (
                <div className="option-feedback">
                  <p className="option-verdict">{verdict.state === 'right' ? '✓ In the right place' : `✗ Belongs at position ${verdict.expected}`}</p>
                  <Blocks blocks={step.explanation} tight />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
