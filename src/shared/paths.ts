// Every in-app URL is built here: the URL scheme is a public contract (shared links must keep working).
import { CHEAT_SHEET_SLUG, type LayerSlug } from '@/content/constants';
import type { LabName } from '@/content/model';

const hash = (section?: string | null): string => (section ? `#${section}` : '');

export const paths = {
  home: () => '/',
  about: () => '/about',
  progress: () => '/progress',
  layer: (layer: LayerSlug) => `/layers/${layer}`,
  topic: (layer: LayerSlug, topic: string, section?: string | null) => `/layers/${layer}/${topic}${hash(section)}`,
  /** Every topic of a layer on one page, made for printing. */
  cheatSheet: (layer: LayerSlug) => `/layers/${layer}/${CHEAT_SHEET_SLUG}`,
  notFound: () => '/404',
  /** The quiz builder, or a quiz at once when the query names what to ask (see features/quiz/quiz-query.ts). */
  quiz: (query?: URLSearchParams | Record<string, string>) => {
    const search = new URLSearchParams(query).toString();
    return search ? `/quiz?${search}` : '/quiz';
  },
  exam: () => '/exam',
  examResult: (exam: string) => `/exam?result=${encodeURIComponent(exam)}`,
  review: () => '/review',
  /** The SCS-C03 outline: domains, tasks and skills beside what teaches them and the learner's readiness. */
  examGuide: () => '/exam-guide',
  question: (id: string) => `/questions/${id}`,
  services: () => '/services',
  /** The labs: the policy lab and the network lab, each with its scenarios. */
  labs: () => '/labs',
  lab: (lab: LabName) => `/labs/${lab}`,
  /** A scenario, or with `state` the exact puzzle a learner shared (see features/labs/lab-link.ts). */
  labScenario: (lab: LabName, scenario: string, state?: string) => `/labs/${lab}/${scenario}${state ? `?state=${state}` : ''}`,
  /** The shareable results page of a search. */
  search: (query?: string) => (query ? `/search?${new URLSearchParams({ q: query })}` : '/search'),
} as const;
