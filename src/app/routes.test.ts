import { describe, expect, it } from 'vitest';
import { pageModuleFor, routes } from './routes';

describe('the one route table', () => {
  it('gives every URL the module of the page it shows, which the prerender preloads', () => {
    expect(pageModuleFor('/')).toBe('src/features/layers/home-page.tsx');
    expect(pageModuleFor('/layers/network')).toBe('src/features/layers/layer-page.tsx');
    expect(pageModuleFor('/layers/network/cheat-sheet')).toBe('src/features/layers/cheat-sheet-page.tsx');
    expect(pageModuleFor('/layers/network/vpc-flow-logs')).toBe('src/features/topics/topic-page.tsx');
    expect(pageModuleFor('/exam-guide')).toBe('src/features/exam-guide/exam-guide-page.tsx');
    expect(pageModuleFor('/questions/some-id')).toBe('src/features/questions/question-page.tsx');
    expect(pageModuleFor('/labs')).toBe('src/features/labs/labs-page.tsx');
    expect(pageModuleFor('/labs/network')).toBe('src/features/labs/lab-page.tsx');
    expect(pageModuleFor('/labs/policy/read-one-bucket')).toBe('src/features/labs/policy-scenario-page.tsx');
    expect(pageModuleFor('/labs/network/free')).toBe('src/features/labs/network-scenario-page.tsx');
    expect(pageModuleFor('/labs/dns/x')).toBeNull();
    expect(pageModuleFor('/no/such/page')).toBeNull();
  });

  it('loads each page module lazily, and each exports a page component', async () => {
    const pages = routes[0]?.children?.[0]?.children ?? [];
    const lazy = pages.filter((r) => typeof r.lazy === 'function');
    // The 17 pages and the not-found page.
    expect(lazy.length).toBe(18);
    for (const route of lazy) {
      const module = await (route.lazy as () => Promise<Record<string, unknown>>)();
      expect(typeof module.Component, route.id).toBe('function');
    }
  });
});
