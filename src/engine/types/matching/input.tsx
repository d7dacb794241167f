import type { ReactNode } from 'react';
import { Inlines } from '@/ui/markdown/inlines';
import type { QuestionInputProps } from '../../question-input';
import { decodeMatching, encodeMatching, matching, type MatchingQuestion } from './index';

/** Matching: one select per prompt, each offering every answer. */
export default function MatchingInput({ question: q, presentation, answer, onChange, revealed }: QuestionInputProps<MatchingQuestion>): ReactNode {
  const chosen = decodeMatching(answer);
  const verdicts = matching.verdicts(q, answer);
  const choose = (pairId: string, value: string) => {
    const next = new Map(chosen);
    if (value) next.set(pairId, value);
    else next.delete(pairId);
    onChange(encodeMatching(next));
  };
  return (
    <fieldset className="answer-options" disabled={revealed}>
      <legend className="answer-legend">Match each item with its answer.</legend>
      <ul className="option-list">
        {presentation.order.map((id) => {
          const pair = q.pairs.find((p) => p.id === id);
          const verdict = verdicts.get(id);
          if (!pair || !verdict) return null;
          const selectId = `${q.id}-${id}`;
          return (
            <li key={id} className={`option matching-row option-${revealed ? verdict.state : 'open'}`}>
              <label htmlFor={selectId} className="matching-prompt">
                <Inlines nodes={pair.prompt} />
              </label>
              <select id={selectId} value={chosen.get(id) ?? ''} onChange={(e) => choose(id, e.target.value)}>
                <option value="">Choose…</option>
                {presentation.answers.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
              {revealed && (
                <div className="option-feedback">
                  <p className="option-verdict">{verdict.state === 'right' ? `✓ ${verdict.expected}` : `✗ The answer is ${verdict.expected}`}</p>
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
