import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import type { Question } from '@/engine/question-types';
import { findLayer, findTopic } from '@/features/course/course-index';
import { newEventId } from '@/learning/event-log';
import { useProgressStore } from '@/features/progress/progress-store';
import { questionHistory } from '@/learning/history';
import { loadQuestions } from './load-questions';
import { QuizBuilder } from './quiz-builder';
import { banksFor, isQuizRequested, parseQuizQuery, quizParams, selectQuestions, type QuizQuery } from './quiz-query';
import { UnknownQuizValues } from './unknown-quiz-values';
import { skillById, taskById } from '@/content/blueprint';
import { QuizRunner } from './quiz-runner';
import { newSeed } from '@/engine/seeded-random';
import { useMounted } from '@/ui/use-mounted';
import { AppLink } from '@/ui/app-link';

export const handle: RouteHandle = {
  meta: () => ({ title: pageTitle('Practice quiz'), description: 'Practice SCS-C03 exam questions by topic, layer, domain and difficulty, with every answer explained.' }),
};

/** A title that says what the quiz is about. */
function quizTitle(query: QuizQuery): string {
  const [first] = query.topics;
  if (query.topics.length === 1 && first) return `Quiz: ${findTopic(...(first.split('/') as [string, string]))?.title ?? first}`;
  if (query.layers.length === 1 && !query.topics.length) return `Quiz: ${findLayer(query.layers[0])?.title ?? ''} layer`;
  if (query.ids.length) return 'Quiz: the questions you missed';
  const [skill] = query.skills;
  if (query.skills.length === 1 && skill) return `Quiz: skill ${skill}, ${skillById(skill)?.label ?? ''}`;
  const [task] = query.tasks;
  if (query.tasks.length === 1 && task) return `Quiz: task ${task}, ${taskById(task)?.label ?? ''}`;
  return 'Practice quiz';
}

/** Loads and selects the quiz's questions once the learner's history is known. */
function useQuizQuestions(query: QuizQuery, seed: string | null): Question[] | null {
  const ready = useProgressStore((s) => s.status !== 'loading');
  const [questions, setQuestions] = useState<Question[] | null>(null);
  const key = JSON.stringify(query);
  useEffect(() => {
    if (!ready || !seed) return;
    let cancelled = false;
    setQuestions(null);
    // The history is read once, at the start: answering must not change which questions this quiz holds.
    const history = questionHistory(useProgressStore.getState().events);
    void loadQuestions(banksFor(query)).then((pool) => {
      if (!cancelled) setQuestions(selectQuestions(pool, query, history, seed));
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the query's value
  }, [key, seed, ready]);
  return questions;
}

function RequestedQuiz({ params }: { params: URLSearchParams }): ReactNode {
  const navigate = useNavigate();
  const query = parseQuizQuery(params);
  const seed = query.seed;
  const [session] = useState(newEventId);
  const search = params.toString();
  const unknown = query.unknown.length > 0;
  useEffect(() => {
    // A quiz link without a seed gets one, so reloading or sharing it keeps the order; a link naming something
    // the course does not have is left as it is, to say so.
    if (!seed && !unknown) void navigate(paths.quiz(quizParams({ ...parseQuizQuery(new URLSearchParams(search)), seed: newSeed() })), { replace: true });
  }, [seed, navigate, search, unknown]);
  const questions = useQuizQuestions(query, unknown ? null : seed);
  if (unknown) return <UnknownQuizValues unknown={query.unknown} />;
  if (!questions || !seed) return <p role="status">Loading questions…</p>;
  if (!questions.length) {
    return (
      <div>
        <h1>{quizTitle(query)}</h1>
        <p>No questions match this quiz{query.only === 'missed' ? ': you have not missed any yet' : query.only === 'new' ? ': you have answered them all' : ''}.</p>
        <AppLink to={paths.quiz()}>Build another quiz</AppLink>
      </div>
    );
  }
  return <QuizRunner key={seed + params.toString()} questions={questions} seed={seed} session={session} title={quizTitle(query)} />;
}

/** `/quiz`: the builder, or a quiz at once when the URL says what to ask. */
export function Component(): ReactNode {
  const mounted = useMounted();
  const [params] = useSearchParams();
  return (
    <div className="quiz-page">
      <DocumentMeta />
      {!mounted ? <p role="status">Loading the quiz…</p> : isQuizRequested(params) ? <RequestedQuiz params={params} /> : <QuizBuilder />}
    </div>
  );
}
