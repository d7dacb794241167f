import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Question } from '@/engine/question-types';
import { useProgressStore } from '@/features/progress/progress-store';
import { useAnswerKeys } from '@/features/quiz/answer-keys';
import { QuestionCard } from '@/features/quiz/question-card';
import { initialAnswer, presentQuestion, type Answer } from '@/engine/question-types';
import { ExamClock } from './exam-clock';
import { ExamNavigator } from './exam-navigator';
import { ExamReviewScreen } from './exam-review-screen';
import { readPosition, writePosition, type ExamState } from './exam-state';

interface RunnerProps {
  exam: ExamState;
  questions: Question[];
  onSubmit: (reason: 'submitted' | 'time-up') => void;
}

/** An exam in progress: one question at a time, navigator, flags, countdown; no feedback until submitted. */
export function ExamRunner({ exam, questions, onSubmit }: RunnerProps): ReactNode {
  const record = useProgressStore((s) => s.record);
  const [index, setIndex] = useState(() => Math.min(readPosition(exam.id), questions.length - 1));
  const [reviewing, setReviewing] = useState(false);
  const heading = useRef<HTMLDivElement>(null);
  const question = questions[index] as Question;
  const presentation = useMemo(() => presentQuestion(question, exam.id), [question, exam.id]);
  const entry = exam.entries.get(question.id);
  const answer = entry?.chosen.length ? entry.chosen : initialAnswer(question, presentation);
  const flagged = Boolean(entry?.flagged);

  const go = (i: number) => {
    setReviewing(false);
    setIndex(i);
    writePosition(exam.id, i);
  };
  useEffect(() => {
    heading.current?.querySelector<HTMLElement>('.question-heading [tabindex]')?.focus();
  }, [index]);
  const save = (chosen: Answer, flag: boolean) => void record({ type: 'exam-answered', exam: exam.id, questionId: question.id, chosen, flagged: flag });
  const toggleFlag = () => save(entry?.chosen ?? [], !flagged);
  const next = () => (index + 1 < questions.length ? go(index + 1) : setReviewing(true));
  useAnswerKeys({ question, presentation, answer, onChange: (a) => save(a, flagged), enabled: !reviewing, onEnter: next, onFlag: toggleFlag });

  return (
    <div className="exam-runner">
      <div className="exam-bar">
        <h1 className="exam-title">Exam simulation</h1>
        <ExamClock deadline={exam.startedAt + exam.durationMs} onTimeUp={() => onSubmit('time-up')} />
      </div>
      <ExamNavigator questionIds={exam.questionIds} entries={exam.entries} current={index} onGo={go} />
      {reviewing ? (
        <ExamReviewScreen exam={exam} onGo={go} onSubmit={() => onSubmit('submitted')} />
      ) : (
        <div ref={heading}>
          <QuestionCard
            heading={<span tabIndex={-1}>Question {index + 1} of {questions.length}</span>}
            question={question}
            presentation={presentation}
            answer={answer}
            onChange={(a) => save(a, flagged)}
            revealed={false}
            name={`exam-${question.id}`}
          />
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={() => go(index - 1)} disabled={index === 0}>
              Previous
            </button>
            <button type="button" className="button button-secondary" aria-pressed={flagged} onClick={toggleFlag}>
              {flagged ? '⚑ Flagged for review' : 'Flag for review'}
            </button>
            <button type="button" className="button" onClick={next}>
              {index + 1 < questions.length ? 'Next' : 'Review answers'}
            </button>
            <button type="button" className="button-link" onClick={() => setReviewing(true)}>
              Review and submit
            </button>
          </div>
          <p className="muted">Keys: 1–9 or A–E choose, F flags, Enter goes to the next question.</p>
        </div>
      )}
    </div>
  );
}
