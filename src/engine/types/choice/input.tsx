import type { ReactNode } from 'react';
import { Blocks } from '@/ui/markdown/blocks';
import { Inlines } from '@/ui/markdown/inlines';
import type { QuestionInputProps } from '../../question-input';
import { choice, choicesToMake, type ChoiceQuestion } from './index';

const LETTERS = 'ABCDEFGHIJ';
const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

/** Multiple choice (radio buttons) and multiple response (checkboxes that say how many to choose). */
export default function ChoiceInput({ question: q, presentation, answer, onChange, revealed, name }: QuestionInputProps<ChoiceQuestion>): ReactNode {
  const multiple = q.type === 'multiple';
  const count = choicesToMake(q);
  const verdicts = choice.verdicts(q, answer);
  const toggle = (id: string) => {
    if (!multiple) return onChange([id]);
    onChange(answer.includes(id) ? answer.filter((a) => a !== id) : [...answer, id]);
  };
  return (
    <fieldset className="answer-options" disabled={revealed}>
      <legend className="answer-legend">{multiple ? `Choose ${COUNT_WORDS[count] ?? count}.` : 'Choose one.'}</legend>
      <ul className="option-list">
        {presentation.order.map((id, i) => {
          const option = q.options.find((o) => o.id === id);
          const verdict = verdicts.get(id);
          if (!option || !verdict) return null;
          return (
            <li key={id} className={`option option-${revealed ? verdict.state : 'open'}`}>
              <label className="option-label">
                <input type={multiple ? 'checkbox' : 'radio'} name={name} value={id} checked={verdict.chosen} onChange={() => toggle(id)} />
                <span className="option-key" aria-hidden="true">{LETTERS[i]}</span>
                <span className="option-text">
                  <Inlines nodes={option.text} />
                </span>
              </label>
              {revealed && (
                <div className="option-feedback">
                  <p className="option-verdict">
                    {option.correct ? '✓ Correct answer' : '✗ Not a correct answer'}
                    {verdict.chosen ? ' · you chose this' : ''}
                  </p>
                  <Blocks blocks={option.explanation} tight />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
