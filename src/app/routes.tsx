import { lazy } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { CHEAT_SHEET_SLUG } from '@/content/constants';
import { RootLayout } from './root-layout';

/**
 * The URL contract, and the one route table: the client's routes, the server entry's and the prerender's module
 * for each URL (its preload hints) all come from here. Each page module is its own chunk, loaded before
 * hydration on first load; a module path that does not exist fails at start-up, so it fails the build.
 */
const PAGES = [
  { id: 'home', index: true, module: 'src/features/layers/home-page.tsx' },
  { id: 'about', path: 'about', module: 'src/features/course/about-page.tsx' },
  { id: 'progress', path: 'progress', module: 'src/features/progress/progress-page.tsx' },
  { id: 'layer', path: 'layers/:layer', module: 'src/features/layers/layer-page.tsx' },
  { id: 'services', path: 'services', module: 'src/features/services/services-page.tsx' },
  { id: 'search', path: 'search', module: 'src/features/search/search-page.tsx' },
  { id: 'cheat-sheet', path: `layers/:layer/${CHEAT_SHEET_SLUG}`, module: 'src/features/layers/cheat-sheet-page.tsx' },
  { id: 'topic', path: 'layers/:layer/:topic', module: 'src/features/topics/topic-page.tsx' },
  { id: 'quiz', path: 'quiz', module: 'src/features/quiz/quiz-page.tsx' },
  { id: 'exam', path: 'exam', module: 'src/features/exam/exam-page.tsx' },
  { id: 'review', path: 'review', module: 'src/features/review/review-page.tsx' },
  { id: 'exam-guide', path: 'exam-guide', module: 'src/features/exam-guide/exam-guide-page.tsx' },
  { id: 'question', path: 'questions/:id', module: 'src/features/questions/question-page.tsx' },
  { id: 'labs', path: 'labs', module: 'src/features/labs/labs-page.tsx' },
  { id: 'lab', path: 'labs/:lab', module: 'src/features/labs/lab-page.tsx' },
  { id: 'policy-scenario', path: 'labs/policy/:scenario', module: 'src/features/labs/policy-scenario-page.tsx' },
  { id: 'network-scenario', path: 'labs/network/:scenario', module: 'src/features/labs/network-scenario-page.tsx' },
] as const;

// Every page module of the features, as lazy imports (one chunk each); the table above picks from them.
const pageModules = import.meta.glob<Record<string, unknown>>('/src/features/*/*-page.tsx');

function lazyPage(module: string): () => Promise<Record<string, unknown>> {
  const load = pageModules[`/${module}`];
  if (!load) throw new Error(`src/app/routes.tsx: the route module ${module} does not exist`);
  return load;
}

/**
 * The not-found page and the error boundary load only when one is shown: 1 KB gzip out of the entry (0.3 KB less
 * for a first visit, as the page-title component every page uses now comes in a chunk of its own). The
 * boundary has no Suspense around it: a navigation that fails keeps the page it came from on screen until the module
 * is in (router updates are transitions), and a 404 shell keeps its prerendered HTML until then.
 */
const loadNotFound = () => import('./not-found');
const NotFoundBoundary = lazy(() => loadNotFound().then((m) => ({ default: m.NotFoundBoundary })));

/** Every page sits under a pathless route whose error boundary turns a 404 into the helpful not-found page. */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    Component: RootLayout,
    children: [
      {
        id: 'pages',
        ErrorBoundary: NotFoundBoundary,
        children: [
          ...PAGES.map(({ module, ...route }): RouteObject => ({ ...route, lazy: lazyPage(module) })),
          { id: 'not-found', path: '*', lazy: () => loadNotFound().then((m) => ({ Component: m.NotFoundPage, handle: m.notFoundHandle })) },
        ],
      },
    ],
  },
];

/** The module of the page a URL shows (as the build manifest names it), or null for the not-found page. */
export function pageModuleFor(url: string): string | null {
  const id = matchRoutes(routes, url)?.at(-1)?.route.id;
  return PAGES.find((p) => p.id === id)?.module ?? null;
}
