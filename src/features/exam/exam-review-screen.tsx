import { useState, type ReactNode } from 'react';
import type { ExamState } from './exam-state';

/** Before submitting: which questions are unanswered or flagged, each a button back to it. */
export function ExamReviewScreen({ exam, onGo, onSubmit }: { exam: ExamState; onGo: (index: number) => void; onSubmit: () => void }): ReactNode {
  const [confirming, setConfirming] = useState(false);
  const unanswered = exam.questionIds.flatMap((id, i) => (exam.entries.get(id)?.chosen.length ? [] : [i]));
  const flagged = exam.questionIds.flatMap((id, i) => (exam.entries.get(id)?.flagged ? [i] : []));
  const list = (title: string, indexes: number[]) => (
    <section aria-label={title}>
      <h3>
        {title}: {indexes.length}
      </h3>
      {indexes.length > 0 && (
        <ul className="inline-list">
          {indexes.map((i) => (
            <li key={i}>
              <button type="button" className="button-small" onClick={() => onGo(i)}>
                Question {i + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <section className="exam-review" aria-labelledby="exam-review-title">
      <h2 id="exam-review-title" tabIndex={-1}>
        Review before you submit
      </h2>
      <p>
        {exam.questionIds.length - unanswered.length} of {exam.questionIds.length} answered. An unanswered question scores as wrong.
      </p>
      {list('Unanswered', unanswered)}
      {list('Flagged for review', flagged)}
      {confirming ? (
        <div className="actions" role="group" aria-label="Confirm submission">
          <p>Submit now? You cannot change your answers afterwards.</p>
          <button type="button" className="button" onClick={onSubmit}>
            Yes, submit the exam
          </button>
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
            Keep working
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Submit exam
        </button>
      )}
    </section>
  );
}
