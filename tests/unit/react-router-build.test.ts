// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteRouter, type RouterRewrite } from '../../scripts/react-router-build';

const root = join(import.meta.dirname, '..', '..');
const productionDir = join(root, 'node_modules/react-router/dist/production');
const routerChunk = readdirSync(productionDir)
  .filter((f) => /^chunk-[A-Z0-9]+\.mjs$/.test(f))
  .map((f) => readFileSync(join(productionDir, f), 'utf8'))
  .find((code) => code.includes('function createRouter('));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });

describe('react-router in the browser bundle', () => {
  it('finds every rewrite in the pinned version, the expected number of times', () => {
    expect(routerChunk).toBeDefined();
    const rewritten = rewriteRouter(routerChunk ?? '');
    expect(rewritten).not.toMatch(/if \(init\.instrumentations\)|init\.patchRoutesOnNavigation/);
    expect(rewritten).toContain('let isViewTransitionAvailable = false;');
    expect(rewritten).toContain('router.fetch is left out of this build');
  });

  it('stops the build, naming the rewrite, when the package has changed', () => {
    const rewrite: RouterRewrite = { why: 'a feature the app does not use', pattern: /init\.somethingElse/g, replacement: 'undefined', count: 2 };
    expect(() => rewriteRouter('if (init.somethingElse) {}', [rewrite])).toThrow(
      /"a feature the app does not use" expects 2 match\(es\) of \/init\\\.somethingElse\/g, found 1/,
    );
    expect(() => rewriteRouter('x', [{ ...rewrite, pattern: /x/, count: 1 }])).toThrow(/needs a global pattern/);
  });

  it('is only used by an app that needs none of what the rewrites leave out', () => {
    // What each rewrite makes unreachable, as the app would ask for it.
    const leftOut: [string, RegExp][] = [
      ['<Link>, <NavLink> or <Form> (use src/ui/app-link.tsx)', /\bimport\s*\{[^}]*\b(Link|NavLink|Form)\b[^}]*\}\s*from\s*'react-router/],
      ['a fetcher or submit', /\b(useFetcher|useFetchers|useSubmit)\b/],
      ['instrumentations', /\b(unstable_)?instrumentations\b/],
      ['patchRoutesOnNavigation', /\bpatchRoutesOnNavigation\b/],
      ['a view transition', /\bviewTransition\b/],
      ['React Server Components', /from\s*'react-router\/rsc|\bunstable_RSC/],
    ];
    const uses = sourceFiles(join(root, 'src')).flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return leftOut.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${relative(root, file)} uses ${what}`);
    });
    expect(uses).toEqual([]);
  });
});
