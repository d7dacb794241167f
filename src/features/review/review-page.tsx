import { useEffect, useMemo, useState, type ReactNode } from 'react';

import { loadAllQuestions } from 'virtual:course/loaders';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import type { Question } from '@/engine/question-types';
import { useProgressStore } from '@/features/progress/progress-store';
import { AnswerFlow } from '@/features/quiz/answer-flow';
import { useMounted } from '@/ui/use-mounted';
import { deriveCards } from '@/learning/card-state';
import { ExamDateForm, ReadinessPanel } from './readiness-panel';
import { selectExamDate } from './readiness';
import { reviewQueue } from './review-queue';
import { AppLink } from '@/ui/app-link';

export const handle: RouteHandle = {
  meta: () => ({ title: pageTitle('Review'), description: 'Spaced-repetition review of the questions you have answered, scheduled with FSRS, and your exam-day readiness.' }),
};

/** Today's reviews, one at a time; the queue is fixed when the session starts. */
function ReviewSession({ queue }: { queue: Question[] }): ReactNode {
  const [index, setIndex] = useState(0);
  const current = queue[index];
  if (!queue.length) return <p>Nothing is due right now. Answer questions in a <AppLink to={paths.quiz()}>quiz</AppLink> to add cards; each comes back here when it is due.</p>;
  if (!current) return <p role="status">Done: {queue.length} review{queue.length === 1 ? '' : 's'} for now. Well done.</p>;
  return (
    <AnswerFlow
      key={current.id}
      question={current}
      seed={`review-${current.id}-${index}`}
      mode="review"
      heading={`Review ${index + 1} of ${queue.length}`}
      nextLabel={index + 1 < queue.length ? 'Next review' : 'Finish'}
      onDone={() => setIndex((i) => i + 1)}
    />
  );
}

function ReviewScreen({ questions }: { questions: Question[] }): ReactNode {
  const events = useProgressStore((s) => s.events);
  const cards = useMemo(() => deriveCards(events), [events]);
  const examDate = selectExamDate(events);
  const [queue] = useState(() => reviewQueue(questions, cards, new Date(), examDate));
  return (
    <>
      <p className="lead">
        {cards.size} card{cards.size === 1 ? '' : 's'} · {queue.length} due now
        {examDate && queue.length > 1 ? ', ordered so that the reviews that raise your exam-day readiness most come first' : ''}.
      </p>
      <ReviewSession queue={queue} />
      <ExamDateForm examDate={examDate} />
      {examDate ? <ReadinessPanel questions={questions} cards={cards} examDate={examDate} now={new Date()} /> : <p className="muted">Set your exam date to see a readiness forecast and how many reviews a day keep you on track.</p>}
    </>
  );
}

/** `/review`: due cards, the exam date and the readiness forecast. */
export function Component(): ReactNode {
  const mounted = useMounted();
  const ready = useProgressStore((s) => s.status !== 'loading');
  const [questions, setQuestions] = useState<Question[] | null>(null);
  useEffect(() => {
    void loadAllQuestions().then((m) => setQuestions(m.default));
  }, []);
  return (
    <div className="review-page">
      <DocumentMeta />
      <h1>Review</h1>
      <p>
        See every skill of the outline with your recall in the <AppLink to={paths.examGuide()}>exam guide</AppLink>.
      </p>
      {mounted && ready && questions ? <ReviewScreen questions={questions} /> : <p role="status">Loading your reviews…</p>}
    </div>
  );
}
