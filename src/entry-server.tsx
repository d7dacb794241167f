// Server entry for the prerenderer (scripts/prerender.ts): renders one course URL to HTML with react-router's
// static APIs, the same route objects the client hydrates.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { paths } from './shared/paths';
import { metaFromMatches, type PageMeta } from './shared/route-meta';
import { pageModuleFor, routes } from './app/routes';
import { serialiseHydration } from './app/hydration';
import { course } from './features/course/course-index';
import { loadAllQuestions, loadLabs } from 'virtual:course/loaders';

// Question pages are prerendered too; the server build may wait for the whole bank before rendering.
const questionIds = (await loadAllQuestions()).default.map((q) => q.id);
const labScenarios = (await loadLabs()).default;

export type RenderResult =
  | { kind: 'redirect'; location: string }
  | { kind: 'page'; status: number; html: string; meta: PageMeta; hydration: string };

export async function render(url: string): Promise<RenderResult> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(url, 'http://prerender.local')));
  if (context instanceof Response) return { kind: 'redirect', location: context.headers.get('Location') ?? '/' };
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const meta = metaFromMatches(context.matches.map((m) => ({ handle: m.route.handle, data: context.loaderData[m.route.id] })));
  // A page that rendered an error (the 404) is not hydrated from data: the client renders it for its own URL.
  const hydration = context.errors || url === paths.notFound() ? '' : serialiseHydration({ path: new URL(url, 'http://x').pathname, loaderData: context.loaderData });
  return { kind: 'page', status: context.statusCode, html, meta, hydration };
}

/** Every URL to prerender, with the page module each shows first (for modulepreload hints; from the route table). */
export function courseUrls(): { url: string; module: string | null }[] {
  const urls = [
    paths.home(),
    paths.about(),
    paths.progress(),
    paths.services(),
    paths.examGuide(),
    // A shell: the query is read in the browser after hydration.
    paths.search(),
    ...course.layers.map((l) => paths.layer(l.slug)),
    ...course.layers.flatMap((l) => l.topics.map((t) => paths.topic(l.slug, t.slug))),
    ...course.layers.map((l) => paths.cheatSheet(l.slug)),
    // Study pages depend on the learner's progress: they are prerendered as shells and fill in after mount.
    paths.quiz(),
    paths.exam(),
    paths.review(),
    ...questionIds.map((id) => paths.question(id)),
    paths.labs(),
    ...(['policy', 'network'] as const).flatMap((lab) => [paths.lab(lab), paths.labScenario(lab, 'free')]),
    ...labScenarios.map((s) => paths.labScenario(s.lab, s.slug)),
  ];
  // Redirects (`/layers/7` → `/layers/application`) and the not-found page preload nothing.
  const aliases = course.layers.filter((l) => l.number > 0).map((l) => ({ url: `/layers/${l.number}`, module: null }));
  return [...urls.map((url) => ({ url, module: pageModuleFor(url) })), ...aliases, { url: paths.notFound(), module: null }];
}
