import { useEffect, useState, type ReactNode } from 'react';
import { isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import type { TopicSummary } from '@/content/model';
import { allTopicsWithDetails, findLayer } from '@/features/course/course-index';
import { suggestTopics } from '@/features/course/suggest';
import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { AppLink } from '@/ui/app-link';
import { partShortLabel } from '@/content/layer-labels';
import { LAYER_SLUGS } from '@/content/constants';

const META = { title: pageTitle('Page not found'), description: 'This page does not exist in Seven Layers.' };
export const notFoundHandle: RouteHandle = { meta: () => META };

/**
 * The 404 page. What was asked for and the closest topics depend on the address bar, which a prerendered
 * 404.html cannot know, so they are filled in after mount (the server-rendered part stays generic).
 */
export function NotFoundPage(): ReactNode {
  const location = useLocation();
  const [asked, setAsked] = useState<{ path: string; suggestions: TopicSummary[] } | null>(null);
  useEffect(() => {
    let live = true;
    void allTopicsWithDetails().then((topics) => {
      if (live) setAsked({ path: location.pathname, suggestions: suggestTopics(location.pathname, topics) });
    });
    return () => {
      live = false;
    };
  }, [location.pathname]);
  return (
    <article className="not-found">
      <DocumentMeta override={META} />
      <h1>Page not found</h1>
      {asked && (
        <p>
          There is no page at <code>{asked.path}</code>.
        </p>
      )}
      {asked && asked.suggestions.length > 0 && (
        <section aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">Did you mean</h2>
          <ul className="suggestions">
            {asked.suggestions.map((t) => (
              <li key={`${t.layer}/${t.slug}`}>
                <AppLink to={paths.topic(t.layer, t.slug)}>{t.title}</AppLink>{' '}
                <span className="muted">· {findLayer(t.layer)?.title} layer</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        Start again from <AppLink to={paths.home()}>the OSI stack</AppLink>, or pick a layer:
      </p>
      <ul className="inline-list">
        {LAYER_SLUGS.map((slug) => {
          const layer = findLayer(slug);
          return layer ? (
            <li key={slug}>
              <AppLink to={paths.layer(layer.slug)}>
                {partShortLabel(layer)}
              </AppLink>
            </li>
          ) : null;
        })}
      </ul>
    </article>
  );
}

/** Route errors: a 404 shows the not-found page; anything else says what went wrong. */
export function NotFoundBoundary(): ReactNode {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <article>
      <DocumentMeta override={{ title: pageTitle('Something went wrong'), description: message }} />
      <h1>Something went wrong</h1>
      <p role="alert">{message}</p>
      <p>
        <AppLink to={paths.home()}>Back to the OSI stack</AppLink>
      </p>
    </article>
  );
}
