import { useMemo, type ReactNode } from 'react';

import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { DEFAULT_DESCRIPTION, SITE_NAME, type RouteHandle } from '@/shared/route-meta';
import { allTopics, findTopic, partsOverview } from '@/features/course/course-index';
import { useLoaderData } from 'react-router';
import { selectLastOpened, selectReadTopics, useProgressStore } from '@/features/progress/progress-store';
import { AppLink } from '@/ui/app-link';
import { isCrossLayer, partLabel } from '@/content/layer-labels';

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

type Overview = Awaited<ReturnType<typeof partsOverview>>;
type Part = Overview['layers'][number];

/** The home page shows each part's summary and services, which the main bundle leaves out. */
export async function loader(): Promise<{ overview: Overview }> {
  return { overview: await partsOverview() };
}

function PartCard({ part, heading }: { part: Part; heading: 'span' | 'h3' }): ReactNode {
  const Name = heading;
  return (
    <>
      <AppLink to={paths.layer(part.slug)} className="osi-layer-link">
        <span className="osi-number" aria-hidden="true">
          {isCrossLayer(part) ? '∗' : part.number}
        </span>
        <Name className="osi-name">{partLabel(part)}</Name>
      </AppLink>
      <p className="osi-summary">{part.summary}</p>
      <ul className="service-chips" aria-label={`AWS services: ${partLabel(part)}`}>
        {part.services.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p className="muted">{part.topics.length} topics</p>
    </>
  );
}

/** `/`: the OSI stack, layer 7 at the top, each layer with its AWS services; the cross-layer part beside it. */
export function Component(): ReactNode {
  const { overview } = useLoaderData() as { overview: Overview };
  const layers = overview.layers.filter((l) => !isCrossLayer(l));
  const across = overview.layers.filter((l) => isCrossLayer(l));
  return (
    <div className="home">
      <DocumentMeta />
      <section className="hero">
        <h1>{SITE_NAME}</h1>
        <p className="lead">{overview.summary || DEFAULT_DESCRIPTION}</p>
        <p>
          <AppLink to={paths.about()}>How this course works</AppLink> · <AppLink to={paths.examGuide()}>The SCS-C03 exam guide, skill by skill</AppLink>
        </p>
      </section>
      <ContinueStudying />
      <div className="home-parts">
        <section aria-labelledby="stack-title">
          <h2 id="stack-title">The OSI stack</h2>
          <ol className="osi-stack" reversed>
            {layers.map((layer) => (
              <li key={layer.slug} className={`osi-layer osi-layer-${layer.number}`}>
                <PartCard part={layer} heading="span" />
              </li>
            ))}
          </ol>
        </section>
        {across.length > 0 && (
          <section aria-labelledby="across-title" className="across-stack">
            <h2 id="across-title">Across the stack</h2>
            <p className="muted">What acts on every layer at once: governance, detection pipelines, incident response, backup and recovery.</p>
            {across.map((part) => (
              <div key={part.slug} className="osi-layer osi-layer-across">
                <PartCard part={part} heading="h3" />
              </div>
            ))}
          </section>
        )}
      </div>
    </div>
  );
}
