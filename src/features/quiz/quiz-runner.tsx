import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Question } from '@/engine/question-types';
import { AnswerFlow, type AnswerResult } from './answer-flow';
import { QuizResults } from './quiz-results';

/** Runs a quiz: one question at a time with a progress bar, then the results. */
export function QuizRunner({ questions, seed, session, title }: { questions: Question[]; seed: string; session: string; title: string }): ReactNode {
  const [results, setResults] = useState<AnswerResult[]>([]);
  const index = results.length;
  const current = questions[index];
  const resultsHeading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!current) resultsHeading.current?.querySelector('h2')?.focus();
  }, [current]);
  return (
    <div className="quiz-runner">
      <h1>{title}</h1>
      <div className="quiz-progress">
        <progress max={questions.length} value={index} aria-label="Questions answered" />
        <span>
          {Math.min(index + 1, questions.length)} / {questions.length}
        </span>
      </div>
      {current ? (
        <AnswerFlow
          key={current.id}
          question={current}
          seed={seed}
          mode="quiz"
          session={session}
          heading={`Question ${index + 1} of ${questions.length}`}
          nextLabel={index + 1 < questions.length ? 'Next question' : 'See results'}
          onDone={(r) => setResults((rs) => [...rs, r])}
        />
      ) : (
        <div ref={resultsHeading}>
          <QuizResults results={results} seed={seed} onRestart={() => setResults([])} />
        </div>
      )}
    </div>
  );
}
