// How the browser bundle takes react-router: its production build, with the code for features the app never uses
// left out. Dev, tests and the server build keep the package as it is.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * react-router's package points every bundler at its development build (its `exports` have no production
 * condition); the browser bundle takes the production build it also ships, without the development warnings
 * (0.5 KB gzip of a first visit).
 */
const productionBuild = fileURLToPath(new URL('../node_modules/react-router/dist/production', import.meta.url));
export const productionReactRouter = [
  { find: /^react-router$/, replacement: `${productionBuild}/index.mjs` },
  { find: /^react-router\/dom$/, replacement: `${productionBuild}/dom-export.mjs` },
];

/** A rewrite of react-router's code: the bundler then drops what it made unreachable. */
export interface RouterRewrite {
  why: string;
  pattern: RegExp;
  replacement: string;
  /** How many times the pattern is in the pinned version: any other count means the package changed under us. */
  count: number;
}

/** The chunk of the production build that holds the router, its components and hooks. */
export const ROUTER_CHUNK = /react-router\/dist\/production\/chunk-[A-Z0-9]+\.mjs$/;

export const ROUTER_REWRITES: RouterRewrite[] = [
  {
    // `<Link>`, `<NavLink>` and `<Form>` are made with `React.forwardRef(...)`: a call the bundler must assume has
    // side effects, so all three, and the prefetching and submission code they use, stayed although no page uses
    // them (our links are plain anchors, src/ui/app-link.tsx). 2.9 KB gzip for the links, 1.2 for the form.
    why: '<Link>, <NavLink> and <Form> are unused: their forwardRef calls may be dropped',
    pattern: /(?<![\w$.])(React\d*\.forwardRef\()/g,
    replacement: '/* @__PURE__ */ $1',
    count: 4,
  },
  {
    // ...and a `displayName` written after each, which only React DevTools reads, would keep them all the same.
    why: 'component names are for React DevTools only',
    pattern: /^[\w$]+\.displayName = "[^"\n]*";$/gm,
    replacement: '',
    count: 15,
  },
  {
    // The router's instrumentation hooks (unstable_instrumentations) wrap every loader and navigation when given.
    why: 'the app passes the router no instrumentations',
    pattern: /\binit\.instrumentations(?=\))/g,
    replacement: 'undefined',
    count: 2,
  },
  {
    // Route discovery on navigation ("fog of war"): the whole route table is in the bundle from the start.
    why: 'the app passes the router no patchRoutesOnNavigation',
    pattern: /\binit\.patchRoutesOnNavigation\b/g,
    replacement: 'undefined',
    count: 6,
  },
  {
    // Fetchers (useFetcher, useSubmit): loading or submitting to a route without navigating. With no forms and no
    // fetchers in the app, the router's `fetch` and the action and loader paths behind it are unreachable; a call
    // would say where it went rather than fail obscurely.
    why: 'the app uses no fetchers (useFetcher, useSubmit)',
    pattern: /^( *)fetch: fetch2,$/gm,
    replacement: "$1fetch: () => { throw new Error('router.fetch is left out of this build: scripts/react-router-build.ts'); },",
    count: 1,
  },
  {
    // A navigation with `viewTransition` runs inside document.startViewTransition(); no navigation asks for one.
    why: 'no navigation asks for a view transition',
    pattern: /let isViewTransitionAvailable = router\.window != null[^;]*;/g,
    replacement: 'let isViewTransitionAvailable = false;',
    count: 1,
  },
  {
    // The error boundary of every route asks a React Server Components context, which only an RSC router gives,
    // whether to decode redirect and error digests sent by a server.
    why: 'no React Server Components: the error boundary never has an RSC context',
    pattern: /(?<=if \()this\.context(?=[ )])/g,
    replacement: 'false',
    count: 2,
  },
];

/** Applies the rewrites to the router chunk; throws, naming the rewrite, when one no longer fits the code. */
export function rewriteRouter(code: string, rewrites: RouterRewrite[] = ROUTER_REWRITES): string {
  return rewrites.reduce((text, rewrite) => {
    if (!rewrite.pattern.global) throw new Error(`scripts/react-router-build.ts: "${rewrite.why}" needs a global pattern (/…/g), to count its matches`);
    const found = text.match(rewrite.pattern)?.length ?? 0;
    if (found !== rewrite.count) {
      throw new Error(
        `react-router's production build changed: "${rewrite.why}" expects ${rewrite.count} match(es) of ${rewrite.pattern}, found ${found}. ` +
          'Check scripts/react-router-build.ts against the new version.',
      );
    }
    return text.replace(rewrite.pattern, rewrite.replacement);
  }, code);
}

/** The build-only plugin that applies {@link ROUTER_REWRITES}. */
export const reactRouterTreeShaking = (): Plugin => ({
  name: 'seven-layers-react-router-tree-shaking',
  apply: 'build',
  transform: {
    filter: { id: ROUTER_CHUNK },
    // The package splits into two chunks; the one with the router holds everything rewritten.
    handler: (code) => (code.includes('function createRouter(') ? { code: rewriteRouter(code), map: null } : null),
  },
});
