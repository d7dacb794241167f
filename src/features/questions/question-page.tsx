import { useState, type ReactNode } from 'react';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { loadAllQuestions } from 'virtual:course/loaders';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import type { Question } from '@/engine/question-types';
import { findLayer, findTopic } from '@/features/course/course-index';
import { AnswerFlow } from '@/features/quiz/answer-flow';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { inlineText } from '@/ui/markdown/inlines';
import { AppLink } from '@/ui/app-link';
import { partShortLabel } from '@/content/layer-labels';

/** `/questions/:id`: one question by its id. */
export async function loader({ params }: LoaderFunctionArgs) {
  const question = (await loadAllQuestions()).default.find((q) => q.id === params.id);
  if (!question) throw data({ missing: `questions/${params.id}` }, { status: 404 });
  return { question };
}

type QuestionData = Awaited<ReturnType<typeof loader>>;

const stemText = (q: Question): string => q.stem.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : '')).join(' ').trim();

export const handle: RouteHandle = {
  meta: (d) => {
    const q = (d as QuestionData | undefined)?.question;
    if (!q) return null;
    const topic = findTopic(q.layer, q.topic);
    return { title: pageTitle(`Question ${q.id}`, topic?.title ?? q.topic), description: stemText(q).slice(0, 160) };
  },
};

export function Component(): ReactNode {
  const { question } = useLoaderData() as QuestionData;
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const topic = findTopic(question.layer, question.topic);
  const layer = findLayer(question.layer);
  return (
    <article className="question-page">
      <DocumentMeta />
      <Breadcrumbs
        trail={[
          { label: 'Layers', to: paths.home() },
          { label: layer ? partShortLabel(layer) : '', to: paths.layer(question.layer) },
          { label: topic?.title ?? question.topic, to: paths.topic(question.layer, question.topic) },
          { label: `Question ${question.id}` },
        ]}
      />
      <h1>A question on {topic?.title ?? question.topic}</h1>
      <p>
        <AppLink to={paths.topic(question.layer, question.topic)}>Back to the topic: {topic?.title}</AppLink> ·{' '}
        <AppLink to={paths.quiz({ topic: `${question.layer}/${question.topic}` })}>Quiz me on this topic</AppLink>
      </p>
      {/* The option order comes from a fixed seed per attempt, so the prerendered question matches hydration. */}
      {done ? (
        <div className="actions">
          <p>Answer saved to your progress and added to your reviews.</p>
          <button type="button" className="button" onClick={() => { setDone(false); setAttempt((a) => a + 1); }}>
            Try it again
          </button>
        </div>
      ) : (
        <AnswerFlow key={attempt} question={question} seed={`${question.id}-${attempt}`} mode="question" heading="The question" nextLabel="Done" onDone={() => setDone(true)} />
      )}
    </article>
  );
}
