import type { ReactNode } from 'react';
import type { Question } from '@/content/model';
import { Inlines } from '@/ui/markdown/inlines';
import { matchingChoices } from '@/engine/question-types';
import type { QuestionInputProps } from './question-input';

/** Matching: one select per prompt, each offering every answer. */
export function MatchingInput({ question, presentation, answer, onChange, revealed }: QuestionInputProps): ReactNode {
  const q = question as Extract<Question, { type: 'matching' }>;
  const chosen = matchingChoices(answer);
  const choose = (pairId: string, value: string) => {
    const next = new Map(chosen);
    if (value) next.set(pairId, value);
    else next.delete(pairId);
    onChange([...next].map(([k, v]) => `${k}=${v}`));
  };
  return (
    <fieldset className="answer-options" disabled={revealed}>
      <legend className="answer-legend">Match each item with its answer.</legend>
      <ul className="option-list">
        {presentation.order.map((id) => {
          const pair = q.pairs.find((p) => p.id === id);
          if (!pair) return null;
          const value = chosen.get(id) ?? '';
          const state = revealed ? (value === pair.answer ? 'right' : 'wrong') : 'open';
          const selectId = `${q.id}-${id}`;
          return (
            <li key={id} className={`option matching-row option-${state}`}>
              <label htmlFor={selectId} className="matching-prompt">
                <Inlines nodes={pair.prompt} />
              </label>
              <select id={selectId} value={value} onChange={(e) => choose(id, e.target.value)}>
                <option value="">Choose…</option>
                {presentation.answers.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
              {revealed && (
                <div className="option-feedback">
                  <p className="option-verdict">{value === pair.answer ? `✓ ${pair.answer}` : `✗ The answer is ${pair.answer}`}</p>
                  <p>
                    <Inlines nodes={pair.explanation} />
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
