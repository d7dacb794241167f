// Server entry for the prerenderer (scripts/prerender.ts): renders one course URL to HTML with react-router's
// static APIs, the same route objects the client hydrates.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { paths } from './shared/paths';
import { metaFromMatches, type PageMeta } from './shared/route-meta';
import { routes } from './app/routes';
import { serialiseHydration } from './app/hydration';
import { course } from './features/course/course-index';
import { loadAllQuestions } from 'virtual:course/loaders';

// Question pages are prerendered too; the server build may wait for the whole bank before rendering.
const questionIds = (await loadAllQuestions()).default.map((q) => q.id);

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

/** Every URL to prerender, with the route module each needs first (for modulepreload hints). */
export function courseUrls(): { url: string; module: string | null }[] {
  const layers = course.layers.map((l) => ({ url: paths.layer(l.slug), module: 'src/features/layers/layer-page.tsx' }));
  const topics = course.layers.flatMap((l) => l.topics.map((t) => ({ url: paths.topic(l.slug, t.slug), module: 'src/features/topics/topic-page.tsx' })));
  const cheatSheets = course.layers.map((l) => ({ url: paths.cheatSheet(l.slug), module: 'src/features/layers/cheat-sheet-page.tsx' }));
  const aliases = course.layers.filter((l) => l.number > 0).map((l) => ({ url: `/layers/${l.number}`, module: null }));
  return [
    { url: paths.home(), module: 'src/features/layers/home-page.tsx' },
    { url: paths.about(), module: 'src/features/course/about-page.tsx' },
    { url: paths.progress(), module: 'src/features/progress/progress-page.tsx' },
    { url: paths.services(), module: 'src/features/services/services-page.tsx' },
    { url: paths.examGuide(), module: 'src/features/exam-guide/exam-guide-page.tsx' },
    // A shell: the query is read in the browser after hydration.
    { url: paths.search(), module: 'src/features/search/search-page.tsx' },
    ...layers,
    ...topics,
    ...cheatSheets,
    ...aliases,
    // Study pages depend on the learner's progress: they are prerendered as shells and fill in after mount.
    { url: paths.quiz(), module: 'src/features/quiz/quiz-page.tsx' },
    { url: paths.exam(), module: 'src/features/exam/exam-page.tsx' },
    { url: paths.review(), module: 'src/features/review/review-page.tsx' },
    ...questionIds.map((id) => ({ url: paths.question(id), module: 'src/features/questions/question-page.tsx' })),
    { url: paths.notFound(), module: null },
  ];
}
