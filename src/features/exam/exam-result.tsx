import type { ReactNode } from 'react';

import { paths } from '@/shared/paths';
import { DOMAINS, DOMAIN_SLUGS, LAYER_SLUGS } from '@/content/constants';
import type { Question } from '@/engine/question-types';
import { findLayer } from '@/features/course/course-index';
import { QuestionCard, QuestionTools, QuestionVerdict } from '@/features/quiz/question-card';
import { presentQuestion } from '@/engine/question-types';
import { formatDuration } from '@/features/quiz/quiz-results';
import { PASS_FRACTION, PASS_SCORE, scoreExam, type Tally } from '@/engine/exam-score';
import type { ExamState } from './exam-state';
import { AppLink } from '@/ui/app-link';

const Row = ({ label, t }: { label: string; t: Tally }): ReactNode =>
  t.total ? (
    <tr>
      <th scope="row">{label}</th>
      <td>
        {t.right} / {t.total}
      </td>
      <td>{Math.round((t.right / t.total) * 100)}%</td>
    </tr>
  ) : null;

/** A submitted exam: estimated scaled score, breakdown by domain and layer, every question with explanations. */
export function ExamResult({ exam, questions }: { exam: ExamState; questions: Question[] }): ReactNode {
  const answers = new Map([...exam.entries].map(([id, e]) => [id, e.chosen]));
  // Scored over every question the exam drew (one removed from the bank since counts as wrong), like the dashboard.
  const score = scoreExam(exam.questionIds.map((id) => questions.find((q) => q.id === id) ?? id), answers);
  const took = (exam.submitted?.at ?? exam.startedAt) - exam.startedAt;
  return (
    <section className="exam-result" aria-labelledby="exam-result-title">
      <h1 id="exam-result-title">Exam result: {score.scaled} / 1,000 — {score.passed ? 'pass' : 'below the pass mark'}</h1>
      <p className="lead">
        {score.right} of {score.total} right in {formatDuration(Math.min(took, exam.durationMs))}
        {exam.submitted?.reason === 'time-up' ? ' (time ran out)' : ''}. The pass mark is {PASS_SCORE}.
      </p>
      <p className="callout callout-note">
        This scaled score is an estimate. AWS does not publish how the real exam turns answers into a scaled score (and 15 of its 65 questions are
        unscored). Here {Math.round(PASS_FRACTION * 100)}% right is taken as {PASS_SCORE}, with a straight line from 100 (none right) to {PASS_SCORE} and from there to 1,000 (all right).
      </p>
      <div className="result-tables">
        <table>
          <caption>By exam domain</caption>
          <thead><tr><th scope="col">Domain</th><th scope="col">Right</th><th scope="col">Score</th></tr></thead>
          <tbody>{DOMAIN_SLUGS.map((d) => <Row key={d} label={DOMAINS[d].name} t={score.byDomain[d]} />)}</tbody>
        </table>
        <table>
          <caption>By OSI layer</caption>
          <thead><tr><th scope="col">Layer</th><th scope="col">Right</th><th scope="col">Score</th></tr></thead>
          <tbody>{LAYER_SLUGS.map((l) => <Row key={l} label={`${findLayer(l)?.number ?? ''} · ${findLayer(l)?.title ?? l}`} t={score.byLayer[l]} />)}</tbody>
        </table>
      </div>
      <p className="actions">
        <AppLink className="button" to={paths.exam()}>Back to the exam page</AppLink>
        <AppLink className="button button-secondary" to={paths.review()}>Review what you missed</AppLink>
      </p>
      <h2>Every question</h2>
      <ol className="result-list">
        {questions.map((q, i) => (
          <li key={q.id}>
            <details>
              <summary>
                {score.correct.get(q.id) ? '✓' : '✗'} Question {i + 1}
                {answers.get(q.id)?.length ? '' : ' (not answered)'}
              </summary>
              <QuestionCard level={3} heading={`Question ${i + 1}`} question={q} presentation={presentQuestion(q, exam.id)} answer={answers.get(q.id) ?? []} onChange={() => undefined} revealed name={`result-${q.id}`} />
              <QuestionVerdict question={q} correct={score.correct.get(q.id) ?? false} />
              <QuestionTools question={q} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
