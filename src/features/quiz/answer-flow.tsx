import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Question } from '@/engine/question-types';
import { useProgressStore } from '@/features/progress/progress-store';
import { useAnswerKeys } from './answer-keys';
import { QuestionCard, QuestionTools, QuestionVerdict } from './question-card';
import { initialAnswer, isAnswerComplete, isAnswerCorrect, presentQuestion, type Answer } from '@/engine/question-types';
import { ratingFor, recordAnswer, recordReview, type AnswerMode, type Rating } from './record-answer';

export interface AnswerResult {
  question: Question;
  answer: Answer;
  correct: boolean;
  ms: number;
  rating: Rating;
}

interface AnswerFlowProps {
  question: Question;
  seed: string;
  mode: AnswerMode;
  session?: string;
  heading: ReactNode;
  /** Label of the button that goes on after the answer is rated. */
  nextLabel: string;
  onDone: (result: AnswerResult) => void;
}

const SELF_RATINGS = [
  { rating: 2, label: 'Hard', hint: 'right, but it took effort' },
  { rating: 3, label: 'Good', hint: 'right after some thought' },
  { rating: 4, label: 'Easy', hint: 'right at once' },
] as const;

/**
 * Answer one question: choose, Check (recorded as an attempt), see every explanation, then rate how it went
 * (a wrong answer is rated Again automatically) and go on. Each answer becomes a spaced-repetition review.
 */
export function AnswerFlow({ question, seed, mode, session, heading, nextLabel, onDone }: AnswerFlowProps): ReactNode {
  const record = useProgressStore((s) => s.record);
  const presentation = useMemo(() => presentQuestion(question, seed), [question, seed]);
  const [answer, setAnswer] = useState<Answer>(() => initialAnswer(question, presentation));
  const [checked, setChecked] = useState<null | { correct: boolean; ms: number }>(null);
  const [startedAt] = useState(() => Date.now());
  const complete = isAnswerComplete(question, answer);
  const nextButton = useRef<HTMLButtonElement>(null);
  // After Check the Check button is gone: keep keyboard focus on the way forward.
  useEffect(() => {
    if (checked) nextButton.current?.focus();
  }, [checked]);

  const check = () => {
    if (checked || !complete) return;
    const correct = isAnswerCorrect(question, answer);
    const ms = Date.now() - startedAt;
    setChecked({ correct, ms });
    void recordAnswer(record, { question, answer, correct, ms, mode, session });
    if (!correct) void recordReview(record, question.id, 1);
  };
  const finish = (self: 2 | 3 | 4 = 3) => {
    if (!checked) return;
    const rating = ratingFor(checked.correct, self);
    if (checked.correct) void recordReview(record, question.id, rating);
    onDone({ question, answer, correct: checked.correct, ms: checked.ms, rating });
  };
  useAnswerKeys({ question, presentation, answer, onChange: setAnswer, enabled: !checked, onEnter: check });

  return (
    <div className="answer-flow">
      <QuestionCard heading={heading} question={question} presentation={presentation} answer={answer} onChange={setAnswer} revealed={Boolean(checked)} name={`q-${question.id}`} />
      {!checked ? (
        <div className="actions">
          <button type="button" className="button" onClick={check} aria-disabled={!complete}>
            Check
          </button>
          <span className="muted" id={`${question.id}-keys`}>
            {complete ? 'Press Enter to check.' : 'Answer first, then Check. Keys: 1–9 or A–E pick options, Enter checks.'}
          </span>
        </div>
      ) : (
        <>
          <QuestionVerdict question={question} correct={checked.correct} />
          {checked.correct ? (
            <div className="actions" role="group" aria-label="How hard was it? This schedules the next review">
              {SELF_RATINGS.map((r) => (
                <button key={r.rating} ref={r.rating === 3 ? nextButton : undefined} type="button" className={r.rating === 3 ? 'button' : 'button button-secondary'} onClick={() => finish(r.rating)}>
                  {r.label} <span className="muted-on-button">· {r.hint}</span>
                </button>
              ))}
              <span className="muted">Enter = Good, then {nextLabel.toLowerCase()}.</span>
            </div>
          ) : (
            <div className="actions">
              <button ref={nextButton} type="button" className="button" onClick={() => finish()}>
                {nextLabel}
              </button>
              <span className="muted">Scheduled to come back soon in your reviews.</span>
            </div>
          )}
        </>
      )}
      <QuestionTools question={question} />
    </div>
  );
}
