import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { layerLoaders, loadTopicLoaders } from 'virtual:course/loaders';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { DOMAINS } from '@/content/constants';
import { findLayer, layerWithDetails, topicKey } from '@/features/course/course-index';
import { requestEveryDiagram } from '@/features/diagrams/draw-every-diagram';
import { PrintButton } from '@/features/print/print-button';
import { AppLink } from '@/ui/app-link';
import { Blocks } from '@/ui/markdown/blocks';
import { MarkdownScopeContext, type MarkdownScope } from '@/ui/markdown/markdown-scope';
import { Breadcrumbs } from '@/ui/breadcrumbs';
import { condenseBlocks } from './condense';
import { partEyebrow, partLabel, partShortLabel } from '@/content/layer-labels';

/** `/layers/:layer/cheat-sheet`: the layer's overview and every one of its topics, with diagrams, on one page. */
export async function loader({ params }: LoaderFunctionArgs) {
  const layer = findLayer(params.layer);
  const loadOverview = layer && layerLoaders[layer.slug];
  if (!layer || !loadOverview) throw data({ missing: `${params.layer}/cheat-sheet` }, { status: 404 });
  const { topicLoaders } = await loadTopicLoaders();
  const loadBody = async (key: string) => (await topicLoaders[key]?.())?.default.blocks ?? [];
  const [overview, full, bodies] = await Promise.all([loadOverview().then((m) => m.default), layerWithDetails(layer), Promise.all(layer.topics.map((t) => loadBody(topicKey(t))))]);
  return { layer: full, overview: overview.blocks, topics: full.topics.map((topic, i) => ({ topic, blocks: bodies[i] ?? [] })) };
}

type CheatSheetData = Awaited<ReturnType<typeof loader>>;

export const handle: RouteHandle = {
  meta: (d) => {
    const layer = (d as CheatSheetData | undefined)?.layer;
    if (!layer) return null;
    return {
      title: pageTitle(`${partLabel(layer)} cheat sheet`),
      description: `Every topic of the ${layer.title} layer on one printable page, diagrams included: ${layer.summary}`,
    };
  },
};

/** Each body on this page gets its own id prefix, so sections of different topics never share an id. */
const scopeFor = (prefix: string): MarkdownScope => ({ idPrefix: `${prefix}--`, headingOffset: 1, sectionLinks: false });

export function Component(): ReactNode {
  const { layer, overview, topics } = useLoaderData() as CheatSheetData;
  const [fullText, setFullText] = useState(false);
  const keyPoints = useMemo(() => topics.map((t) => condenseBlocks(t.blocks)), [topics]);
  // The page exists to be printed: draw every diagram now rather than as the reader scrolls.
  useEffect(() => requestEveryDiagram(), []);
  return (
    <article className="cheat-sheet" aria-labelledby="cheat-sheet-title">
      <DocumentMeta />
      <Breadcrumbs
        trail={[
          { label: 'Layers', to: paths.home() },
          { label: partShortLabel(layer), to: paths.layer(layer.slug) },
          { label: 'Cheat sheet' },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">{partEyebrow(layer)} cheat sheet · Seven Layers</p>
        <h1 id="cheat-sheet-title">{layer.title}</h1>
        <p className="lead">{layer.summary}</p>
        <p className="cheat-sheet-actions actions">
          <PrintButton>Print this cheat sheet</PrintButton>
          <button type="button" className="button button-secondary" aria-pressed={fullText} onClick={() => setFullText((f) => !f)}>
            Include the full text
          </button>
        </p>
        <p className="muted">
          {fullText
            ? 'Every topic of the layer in full, diagrams included.'
            : 'The key points of every topic: its exam tips, traps, diagrams and tables. The full text of each topic is one click away.'}
        </p>
        <dl className="topic-facts">
          <dt>AWS services</dt>
          <dd>{layer.services.join(', ')}</dd>
          <dt>Threats</dt>
          <dd>{layer.threats.join(', ')}</dd>
        </dl>
      </header>
      <nav className="cheat-sheet-contents" aria-label="Topics on this sheet">
        <ol>
          {topics.map(({ topic }) => (
            <li key={topic.slug}>
              <a href={`#${topic.slug}`}>{topic.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {fullText && (
        <section className="cheat-sheet-topic" aria-labelledby="layer-overview">
          <h2 id="layer-overview">Overview</h2>
          <MarkdownScopeContext.Provider value={scopeFor('overview')}>
            <div className="prose">
              <Blocks blocks={overview} />
            </div>
          </MarkdownScopeContext.Provider>
        </section>
      )}
      {topics.map(({ topic, blocks }, i) => (
        <section key={topic.slug} className="cheat-sheet-topic" aria-labelledby={topic.slug}>
          <h2 id={topic.slug}>
            <AppLink to={paths.topic(topic.layer, topic.slug)}>{topic.title}</AppLink>
          </h2>
          <p className="lead">{topic.summary}</p>
          <p className="muted cheat-sheet-facts">
            {topic.services.join(', ')}
            {topic.services.length > 0 && ' · '}
            {topic.domains.map((d) => DOMAINS[d].name).join(', ')}
          </p>
          <MarkdownScopeContext.Provider value={scopeFor(topic.slug)}>
            <div className="prose">
              <Blocks blocks={fullText ? blocks : (keyPoints[i] ?? [])} />
            </div>
          </MarkdownScopeContext.Provider>
        </section>
      ))}
    </article>
  );
}
