import type { ReactNode } from 'react';

import { paths } from '@/shared/paths';
import type { AnswerResult } from './answer-flow';
import { QuestionCard, QuestionTools, QuestionVerdict } from './question-card';
import { presentQuestion } from '@/engine/question-types';
import { newSeed } from '@/engine/seeded-random';
import { quizParams } from './quiz-query';
import { AppLink } from '@/ui/app-link';

/** `1 min 05 s` for a duration in ms. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return m ? `${m} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

/** The end of a quiz: score, time, every question to review, and a retry of the missed ones. */
export function QuizResults({ results, seed, onRestart }: { results: AnswerResult[]; seed: string; onRestart: () => void }): ReactNode {
  const right = results.filter((r) => r.correct).length;
  const missed = results.filter((r) => !r.correct).map((r) => r.question.id);
  const total = results.reduce((n, r) => n + r.ms, 0);
  return (
    <section aria-labelledby="results-title" className="quiz-results">
      <h2 id="results-title" tabIndex={-1}>
        Your score: {right} of {results.length} ({Math.round((right / Math.max(1, results.length)) * 100)}%)
      </h2>
      <p>Time taken: {formatDuration(total)} · {formatDuration(total / Math.max(1, results.length))} a question on average.</p>
      <div className="actions">
        {missed.length > 0 && (
          <AppLink className="button" to={paths.quiz(quizParams({ ids: missed, seed: newSeed() }))} onClick={onRestart}>
            Retry the {missed.length} I missed
          </AppLink>
        )}
        <AppLink className="button button-secondary" to={paths.quiz()}>
          Build another quiz
        </AppLink>
        <AppLink className="button button-secondary" to={paths.review()}>
          Go to reviews
        </AppLink>
      </div>
      <h3>Review each question</h3>
      <ol className="result-list">
        {results.map((r, i) => (
          <li key={r.question.id}>
            <details>
              <summary>
                {r.correct ? '✓' : '✗'} Question {i + 1} <span className="muted">({formatDuration(r.ms)})</span>
              </summary>
              <QuestionCard level={4} heading={`Question ${i + 1}`} question={r.question} presentation={presentQuestion(r.question, seed)} answer={r.answer} onChange={() => undefined} revealed name={`result-${r.question.id}`} />
              <QuestionVerdict question={r.question} correct={r.correct} />
              <QuestionTools question={r.question} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
