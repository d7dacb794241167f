import { useMemo, type ReactNode } from 'react';

import { DocumentMeta } from '@/app/document-meta';
import { paths } from '@/app/paths';
import { DEFAULT_DESCRIPTION, SITE_NAME, type RouteHandle } from '@/app/route-meta';
import { allTopics, course, findTopic } from '@/features/course/course-index';
import { selectLastOpened, selectReadTopics, useProgressStore } from '@/features/progress/progress-store';
import { AppLink } from '@/ui/app-link';

export const handle: RouteHandle = {
  meta: () => ({ title: `${SITE_NAME} · AWS security through the OSI model`, description: DEFAULT_DESCRIPTION }),
};

function ContinueStudying(): ReactNode {
  const events = useProgressStore((s) => s.events);
  const ready = useProgressStore((s) => s.status !== 'loading');
  const { last, read } = useMemo(() => ({ last: selectLastOpened({ events }), read: selectReadTopics({ events }) }), [events]);
  // Progress lives in this browser, so the prerendered page holds a placeholder of the same shape: the stack below
  // does not jump when it fills in (layout shift).
  if (!ready) {
    return (
      <section className="continue" aria-labelledby="continue-title" aria-busy="true">
        <h2 id="continue-title">Your progress</h2>
        <p>Loading your progress…</p>
        <p className="continue-placeholder" aria-hidden="true" />
      </section>
    );
  }
  const [layer, slug] = last?.split('/') ?? [];
  const topic = findTopic(layer, slug);
  return (
    <section className="continue" aria-labelledby="continue-title">
      <h2 id="continue-title">Your progress</h2>
      <p>
        {read.size} of {allTopics.length} topics read.
      </p>
      {topic ? (
        <p>
          Continue where you left off: <AppLink to={paths.topic(topic.layer, topic.slug)}>{topic.title}</AppLink>
        </p>
      ) : (
        <p>
          New here? Start at the top of the stack with <AppLink to={paths.layer('application')}>the Application layer</AppLink>.
        </p>
      )}
    </section>
  );
}

/** `/`: the OSI stack, layer 7 at the top, each layer with its AWS services. */
export function Component(): ReactNode {
  return (
    <div className="home">
      <DocumentMeta />
      <section className="hero">
        <h1>{course.title}</h1>
        <p className="lead">{course.summary || DEFAULT_DESCRIPTION}</p>
        <p>
          <AppLink to={paths.about()}>How this course works</AppLink>
        </p>
      </section>
      <ContinueStudying />
      <section aria-labelledby="stack-title">
        <h2 id="stack-title">The OSI stack</h2>
        <ol className="osi-stack" reversed>
          {course.layers.map((layer) => (
            <li key={layer.slug} className={`osi-layer osi-layer-${layer.number}`}>
              <AppLink to={paths.layer(layer.slug)} className="osi-layer-link">
                <span className="osi-number" aria-hidden="true">
                  {layer.number}
                </span>
                <span className="osi-name">
                  Layer {layer.number}: {layer.title}
                </span>
              </AppLink>
              <p className="osi-summary">{layer.summary}</p>
              <ul className="service-chips" aria-label={`AWS services at layer ${layer.number}`}>
                {layer.services.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
              <p className="muted">{layer.topics.length} topics</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
