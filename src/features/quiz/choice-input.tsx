import type { ReactNode } from 'react';
import type { Question } from '@/content/model';
import { Blocks } from '@/ui/markdown/blocks';
import { Inlines } from '@/ui/markdown/inlines';
import { choicesToMake } from '@/engine/question-types';
import type { QuestionInputProps } from './question-input';

const LETTERS = 'ABCDEFGHIJ';
const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

/** Multiple choice (radio buttons) and multiple response (checkboxes that say how many to choose). */
export function ChoiceInput({ question, presentation, answer, onChange, revealed, name }: QuestionInputProps): ReactNode {
  const q = question as Extract<Question, { type: 'single' | 'multiple' }>;
  const multiple = q.type === 'multiple';
  const count = choicesToMake(q);
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
          if (!option) return null;
          const checked = answer.includes(id);
          const state = revealed ? (option.correct ? 'right' : checked ? 'wrong' : 'neutral') : 'open';
          return (
            <li key={id} className={`option option-${state}`}>
              <label className="option-label">
                <input type={multiple ? 'checkbox' : 'radio'} name={name} value={id} checked={checked} onChange={() => toggle(id)} />
                <span className="option-key" aria-hidden="true">{LETTERS[i]}</span>
                <span className="option-text">
                  <Inlines nodes={option.text} />
                </span>
              </label>
              {revealed && (
                <div className="option-feedback">
                  <p className="option-verdict">
                    {option.correct ? '✓ Correct answer' : '✗ Not a correct answer'}
                    {checked ? ' · you chose this' : ''}
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
