import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { loadAllQuestions } from 'virtual:course/loaders';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import type { Question } from '@/engine/question-types';
import { newEventId } from '@/learning/event-log';
import { useProgressStore } from '@/features/progress/progress-store';
import { isAnswerCorrect } from '@/engine/question-types';
import { ratingFor, recordAnswer, recordReview } from '@/features/quiz/record-answer';
import { useMounted } from '@/ui/use-mounted';
import { drawExam, EXAM_MINUTES, EXAM_QUESTIONS, freshExamsLeft } from './exam-draw';
// The runner and the result screen (question cards, answer keys, Markdown) load with an exam, not with the intro.
const ExamRunner = lazy(() => import('./exam-runner').then((m) => ({ default: m.ExamRunner })));
const ExamResult = lazy(() => import('./exam-result').then((m) => ({ default: m.ExamResult })));
import { scoreExam } from '@/engine/exam-score';
import { activeExam, deriveExams, timeLeft, type ExamState } from './exam-state';
import { AppLink } from '@/ui/app-link';

export const handle: RouteHandle = {
  meta: () => ({ title: pageTitle('Exam simulator'), description: 'A timed SCS-C03 practice exam: 65 questions across the six domains in 170 minutes, scored on the 100–1,000 scale.' }),
};

/** Submits an exam: the submission, then every answered question as an attempt and a spaced-repetition review. */
async function submitExam(record: ReturnType<typeof useProgressStore.getState>['record'], exam: ExamState, questions: Question[], reason: 'submitted' | 'time-up'): Promise<void> {
  await record({ type: 'exam-submitted', exam: exam.id, reason });
  const now = Date.now();
  for (const q of questions) {
    const chosen = exam.entries.get(q.id)?.chosen;
    if (!chosen?.length) continue;
    const correct = isAnswerCorrect(q, chosen);
    void recordAnswer(record, { question: q, answer: chosen, correct, ms: Math.round((now - exam.startedAt) / questions.length), mode: 'exam', session: exam.id });
    void recordReview(record, q.id, ratingFor(correct));
  }
}

/** The introduction, which is also the prerendered page: its text is the first paint, the bank loads later. */
function ExamIntro({ exams = [], onStart, pool, preparing = false }: { exams?: ExamState[]; onStart?: () => void; pool: Question[] | null; preparing?: boolean }): ReactNode {
  const done = exams.filter((e) => e.submitted).reverse();
  const byId = new Map(pool?.map((q) => [q.id, q]));
  return (
    <div className="exam-intro">
      <h1>Exam simulator</h1>
      <p className="lead">
        The SCS-C03 format: {EXAM_QUESTIONS} questions drawn across the six domains by their weights, {EXAM_MINUTES} minutes, no feedback until you submit.
        Flag questions to come back to them; a review screen lists unanswered and flagged questions before you submit. Your exam is saved as you go: close
        the tab and come back, the clock keeps running.
      </p>
      <p>
        Each new exam draws the questions you have not met in an earlier exam first, so your mock exams do not repeat until the bank runs out.
        {pool && exams.length > 0 ? ` ${freshExamsLeft(pool, new Set(exams.flatMap((e) => e.questionIds)))} more exams can be drawn before a question you have seen comes back.` : ''}{' '}
        Plan what to study with the <AppLink to={paths.examGuide()}>exam guide</AppLink>.
      </p>
      {/* Disabled until the page can act on it (before hydration a click would be lost). */}
      <button type="button" className="button" onClick={onStart} disabled={preparing || !onStart}>
        Start the exam
      </button>
      {preparing && <p role="status">Drawing your {EXAM_QUESTIONS} questions…</p>}
      {done.length > 0 && (
        <section aria-labelledby="past-exams">
          <h2 id="past-exams">Your past exams</h2>
          {pool ? (
            <ul>
              {done.map((e) => {
                const s = scoreExam(e.questionIds.map((id) => byId.get(id) ?? id), new Map([...e.entries].map(([id, x]) => [id, x.chosen])));
                return (
                  <li key={e.id}>
                    <AppLink to={paths.examResult(e.id)}>{new Date(e.startedAt).toLocaleString()}</AppLink>: {s.scaled} / 1,000 ({s.right} of {s.total} right)
                  </li>
                );
              })}
            </ul>
          ) : (
            <p role="status">Loading your results…</p>
          )}
        </section>
      )}
    </div>
  );
}

/**
 * The whole question bank (150 KB gzip), loaded only when something needs it: an exam to resume, a result or past
 * exams to score, or a new exam to draw. A first visit to /exam downloads none of it until "Start".
 */
function useQuestionBank(needed: boolean): { pool: Question[] | null; load: () => Promise<Question[]> } {
  const [pool, setPool] = useState<Question[] | null>(null);
  const loading = useRef<Promise<Question[]> | null>(null);
  const load = useCallback(
    () =>
      (loading.current ??= loadAllQuestions().then((m) => {
        setPool(m.default);
        return m.default;
      })),
    [],
  );
  useEffect(() => {
    if (needed) void load();
  }, [needed, load]);
  return { pool, load };
}

function ExamScreen(): ReactNode {
  const events = useProgressStore((s) => s.events);
  const record = useProgressStore((s) => s.record);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const exams = useMemo(() => deriveExams(events), [events]);
  const resultId = params.get('result');
  const { pool, load } = useQuestionBank(exams.length > 0 || resultId !== null);
  const byId = useMemo(() => new Map(pool?.map((q) => [q.id, q])), [pool]);
  const questionsOf = (e: ExamState) => e.questionIds.map((id) => byId.get(id)).filter((q): q is Question => Boolean(q));
  const active = activeExam(exams);
  const [openedAt] = useState(() => Date.now());
  const [preparing, setPreparing] = useState(false);
  const submit = (exam: ExamState, reason: 'submitted' | 'time-up') => {
    void submitExam(record, exam, questionsOf(exam), reason).then(() => navigate(paths.examResult(exam.id)));
  };
  // An exam whose time ran out while the tab was closed is submitted as it stood.
  useEffect(() => {
    if (pool && active && timeLeft(active, Date.now()) === 0) submit(active, 'time-up');
  });
  const result = resultId ? exams.find((e) => e.id === resultId && e.submitted) : undefined;
  const resuming = active && timeLeft(active, openedAt) > 0;
  const loading = <p role="status">Loading your exam…</p>;
  if ((result || resuming) && !pool) return loading;
  if (result) {
    return (
      <Suspense fallback={loading}>
        <ExamResult exam={result} questions={questionsOf(result)} />
      </Suspense>
    );
  }
  if (active && resuming) {
    return (
      <Suspense fallback={loading}>
        <ExamRunner exam={active} questions={questionsOf(active)} onSubmit={(reason) => submit(active, reason)} />
      </Suspense>
    );
  }
  const start = async () => {
    if (preparing) return; // a second click while the bank loads must not start a second exam
    setPreparing(true);
    const exam = newEventId();
    const seen = new Set(exams.flatMap((e) => e.questionIds));
    const questionIds = drawExam(await load(), exam, EXAM_QUESTIONS, seen).map((q) => q.id);
    await record({ type: 'exam-started', exam, questionIds, durationMs: EXAM_MINUTES * 60_000 });
    setPreparing(false);
  };
  return <ExamIntro exams={exams} onStart={() => void start()} pool={pool} preparing={preparing} />;
}

/** `/exam`: the simulator; an exam in progress resumes here. */
export function Component(): ReactNode {
  const mounted = useMounted();
  const ready = useProgressStore((s) => s.status !== 'loading');
  return (
    <div className="exam-page">
      <DocumentMeta />
      {mounted && ready ? <ExamScreen /> : <ExamIntro pool={null} />}
    </div>
  );
}
