import type { RouteObject } from 'react-router';
import { CHEAT_SHEET_SLUG } from '@/content/constants';
import { RootLayout } from './root-layout';
import { NotFoundBoundary, NotFoundPage, notFoundHandle } from './not-found';

/**
 * The URL contract. Page modules are lazy (each its own chunk, loaded before hydration on first load), and
 * every page sits under a pathless route whose error boundary turns a 404 into the helpful not-found page.
 */
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
          { id: 'home', index: true, lazy: () => import('@/features/layers/home-page') },
          { id: 'about', path: 'about', lazy: () => import('@/features/course/about-page') },
          { id: 'progress', path: 'progress', lazy: () => import('@/features/progress/progress-page') },
          { id: 'layer', path: 'layers/:layer', lazy: () => import('@/features/layers/layer-page') },
          { id: 'services', path: 'services', lazy: () => import('@/features/services/services-page') },
          { id: 'search', path: 'search', lazy: () => import('@/features/search/search-page') },
          { id: 'cheat-sheet', path: `layers/:layer/${CHEAT_SHEET_SLUG}`, lazy: () => import('@/features/layers/cheat-sheet-page') },
          { id: 'topic', path: 'layers/:layer/:topic', lazy: () => import('@/features/topics/topic-page') },
          { id: 'quiz', path: 'quiz', lazy: () => import('@/features/quiz/quiz-page') },
          { id: 'exam', path: 'exam', lazy: () => import('@/features/exam/exam-page') },
          { id: 'review', path: 'review', lazy: () => import('@/features/review/review-page') },
          { id: 'exam-guide', path: 'exam-guide', lazy: () => import('@/features/exam-guide/exam-guide-page') },
          { id: 'question', path: 'questions/:id', lazy: () => import('@/features/questions/question-page') },
          { id: 'not-found', path: '*', Component: NotFoundPage, handle: notFoundHandle },
        ],
      },
    ],
  },
];
