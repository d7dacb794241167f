import { Suspense, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { loadTopicLoaders } from 'virtual:course/loaders';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { DOMAINS } from '@/content/constants';
import { findLayer, findTopic, neighbours, topicKey, withDetails } from '@/features/course/course-index';
import { selectReadTopics, useProgressStore } from '@/features/progress/progress-store';
import { ShareButton } from '@/features/share/share-button';
import { Blocks } from '@/ui/markdown/blocks';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { TableOfContents } from './table-of-contents';
import { AppLink } from '@/ui/app-link';
import { isCrossLayer, partShortLabel } from '@/content/layer-labels';

/** `/layers/:layer/:topic`: the topic's body is its own chunk, fetched here. */
export async function loader({ params }: LoaderFunctionArgs) {
  const entry = findTopic(params.layer, params.topic);
  const load = entry && (await loadTopicLoaders()).topicLoaders[topicKey(entry)];
  if (!entry || !load) throw data({ missing: `${params.layer}/${params.topic}` }, { status: 404 });
  const [body, topic] = await Promise.all([load().then((m) => m.default), withDetails(entry)]);
  return { topic, body };
}

type TopicData = Awaited<ReturnType<typeof loader>>;

export const handle: RouteHandle = {
  meta: (d) => {
    const topic = (d as TopicData | undefined)?.topic;
    if (!topic) return null;
    const part = findLayer(topic.layer);
    const where = part && isCrossLayer(part) ? part.title : `${part?.title ?? ''} layer`;
    return { title: pageTitle(topic.title, where), description: topic.summary };
  },
};

/** Records that the topic was opened, and that it was read once its end scrolls into view. */
function useReadingProgress(key: string): { read: boolean; endRef: React.RefObject<HTMLDivElement | null>; toggle: () => void } {
  const record = useProgressStore((s) => s.record);
  const ready = useProgressStore((s) => s.status === 'ready');
  const events = useProgressStore((s) => s.events);
  const read = useMemo(() => selectReadTopics({ events }).has(key), [events, key]);
  const endRef = useRef<HTMLDivElement>(null);
  // Reaching the end marks a topic read once per visit; after that (or after a click) only the button decides.
  const autoDone = useRef(false);
  useEffect(() => {
    autoDone.current = false;
    if (ready) void record({ type: 'topic-opened', topic: key });
  }, [key, ready, record]);
  useEffect(() => {
    const end = endRef.current;
    if (!ready || read || autoDone.current || !end || typeof IntersectionObserver === 'undefined') return;
    // The end must stay in view for a moment: someone scrolling down to press the button should not have the
    // label change under their pointer.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver((entries) => {
      clearTimeout(timer);
      if (!entries.some((e) => e.isIntersecting)) return;
      timer = setTimeout(() => {
        if (autoDone.current) return;
        autoDone.current = true;
        observer.disconnect();
        void record({ type: 'topic-read', topic: key });
      }, 1500);
    });
    observer.observe(end);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [key, ready, read, record]);
  const toggle = () => {
    autoDone.current = true;
    void record({ type: read ? 'topic-unread' : 'topic-read', topic: key });
  };
  return { read, endRef, toggle };
}

/**
 * The end of a topic, with its read toggle. It alone follows the progress store, so recording a visit or a read
 * re-renders this button rather than the whole topic (a synchronous render that blocked phones for 50 ms).
 */
function TopicEnd({ topicKey: key }: { topicKey: string }): ReactNode {
  const { read, endRef, toggle } = useReadingProgress(key);
  return (
    <div ref={endRef} className="topic-end">
      <button type="button" className="button" aria-pressed={read} onClick={toggle}>
        {read ? '✓ Read (mark as unread)' : 'Mark as read'}
      </button>
    </div>
  );
}

export function Component(): ReactNode {
  const { topic, body } = useLoaderData() as TopicData;
  const layer = findLayer(topic.layer);
  const key = topicKey(topic);
  const { previous, next } = neighbours(topic);
  return (
    <div className="topic-layout">
      <DocumentMeta />
      <article className="topic-page" aria-labelledby="topic-title">
        <Breadcrumbs
          trail={[
            { label: 'Layers', to: paths.home() },
            { label: layer ? partShortLabel(layer) : '', to: paths.layer(topic.layer) },
            { label: topic.title },
          ]}
        />
        <header className="page-header">
          <h1 id="topic-title">{topic.title}</h1>
          <p className="lead">{topic.summary}</p>
          <ShareButton title={topic.title} />
          <dl className="topic-facts">
            <dt>AWS services</dt>
            <dd>{topic.services.join(', ') || '—'}</dd>
            <dt>Exam domains</dt>
            <dd>{topic.domains.map((d) => DOMAINS[d].name).join(', ')}</dd>
          </dl>
        </header>
        <div className="prose">
          {/* A boundary of its own: the body hydrates (and commits) in its own pass after the frame, so the
              phone's main thread gets breaks instead of one long task. */}
          <Suspense>
            <Blocks blocks={body.blocks} />
          </Suspense>
        </div>
        {topic.questionCount > 0 && (
          <p className="quiz-me">
            <AppLink className="button button-secondary" to={paths.quiz({ topic: key })}>
              Quiz me on this ({topic.questionCount} question{topic.questionCount === 1 ? '' : 's'})
            </AppLink>
          </p>
        )}
        {body.labs.length > 0 && (
          <section aria-labelledby="labs-title" className="try-in-lab">
            <h2 id="labs-title">Try it in the lab</h2>
            <ul>
              {body.labs.map((l) => (
                <li key={`${l.lab}/${l.slug}`}>
                  <AppLink to={paths.labScenario(l.lab, l.slug)}>{l.title}</AppLink>{' '}
                  <span className="muted">
                    · {l.lab === 'policy' ? 'policy lab' : 'network lab'}, practises <a href={`#${l.section}`}>{body.toc.find((t) => t.id === l.section)?.text ?? 'this topic'}</a>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <TopicEnd topicKey={key} />
        {topic.related.length > 0 && (
          <section aria-labelledby="related-title" className="related">
            <h2 id="related-title">Related topics</h2>
            <ul>
              {topic.related.map((rel) => {
                const [l, s] = rel.split('/');
                const t = findTopic(l, s);
                return t ? (
                  <li key={rel}>
                    <AppLink to={paths.topic(t.layer, t.slug)}>{t.title}</AppLink>
                  </li>
                ) : null;
              })}
            </ul>
          </section>
        )}
        <nav className="pager" aria-label="Previous and next topic">
          {previous ? (
            <AppLink to={paths.topic(previous.layer, previous.slug)} rel="prev">
              <span className="muted">Previous</span> {previous.title}
            </AppLink>
          ) : (
            <span />
          )}
          {next && (
            <AppLink to={paths.topic(next.layer, next.slug)} rel="next">
              <span className="muted">Next</span> {next.title}
            </AppLink>
          )}
        </nav>
      </article>
      <TableOfContents toc={body.toc} />
    </div>
  );
}
