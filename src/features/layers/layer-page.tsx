import { useMemo, type ReactNode } from 'react';
import { data, redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { layerLoaders } from 'virtual:course/loaders';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { findLayer, layerByNumber, layerWithDetails, topicKey } from '@/features/course/course-index';
import { selectReadTopics, useProgressStore } from '@/features/progress/progress-store';
import { Blocks } from '@/ui/markdown/blocks';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { AppLink } from '@/ui/app-link';
import { partEyebrow, partLabel, partShortLabel } from '@/content/layer-labels';

/** `/layers/:layer`; `/layers/1` … `/layers/7` redirect to the slug. */
export async function loader({ params }: LoaderFunctionArgs) {
  const byNumber = layerByNumber(params.layer);
  if (byNumber) throw redirect(paths.layer(byNumber.slug));
  const layer = findLayer(params.layer);
  const load = layer && layerLoaders[layer.slug];
  if (!layer || !load) throw data({ missing: params.layer }, { status: 404 });
  const [body, full] = await Promise.all([load().then((m) => m.default), layerWithDetails(layer)]);
  return { layer: full, topics: full.topics, body };
}

type LayerData = Awaited<ReturnType<typeof loader>>;

export const handle: RouteHandle = {
  meta: (d) => {
    const layer = (d as LayerData | undefined)?.layer;
    if (!layer) return null;
    return { title: pageTitle(partLabel(layer)), description: layer.summary };
  },
};

export function Component(): ReactNode {
  const { layer, topics, body } = useLoaderData() as LayerData;
  const events = useProgressStore((s) => s.events);
  const read = useMemo(() => selectReadTopics({ events }), [events]);
  return (
    <article className="layer-page">
      <DocumentMeta />
      <Breadcrumbs trail={[{ label: 'Layers', to: paths.home() }, { label: partShortLabel(layer) }]} />
      <header className="page-header">
        <p className="eyebrow">{partEyebrow(layer)}</p>
        <h1>{layer.title}</h1>
        <p className="lead">{layer.summary}</p>
        <p className="actions">
          <AppLink className="button button-secondary" to={paths.quiz({ layer: layer.slug })}>
            Quiz me on this layer
          </AppLink>
          <AppLink className="button button-secondary" to={paths.cheatSheet(layer.slug)}>
            Cheat sheet to print
          </AppLink>
        </p>
        <p className="print-only">
          This is the layer overview. To print every topic of the layer with its diagrams, open its cheat sheet
          ({paths.cheatSheet(layer.slug)}) and print that page.
        </p>
      </header>
      <section aria-labelledby="topics-title" className="topic-list-section">
        <h2 id="topics-title">Topics</h2>
        <ol className="topic-list">
          {topics.map((t) => (
            <li key={t.slug}>
              <AppLink to={paths.topic(t.layer, t.slug)}>{t.title}</AppLink>
              {read.has(topicKey(t)) && <span className="badge badge-read"> Read</span>}
              <p className="muted">{t.summary}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="threats-title">
        <h2 id="threats-title">Threats at this layer</h2>
        <ul className="service-chips">
          {layer.threats.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </section>
      <div className="prose">
        <Blocks blocks={body.blocks} />
      </div>
    </article>
  );
}
