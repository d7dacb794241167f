/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { metaContentSecurityPolicy } from './src/app/content-security-policy.ts';
import { coursePlugin } from './src/pipeline/vite-plugin.ts';
import { webAppManifest } from './src/service-worker/web-app-manifest.ts';
import { productionReactRouter, reactRouterTreeShaking } from './scripts/react-router-build.ts';
import { repositoryWebUrl } from './src/shared/repository-url.ts';

// Where "Report a mistake" sends learners: package.json `repository`, the one setting (none: the report is copied).
const repository = repositoryWebUrl(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).repository);

/** Adds the Content-Security-Policy meta tag to the built HTML (the dev server's hot reload needs inline scripts). */
const contentSecurityPolicy = (): Plugin => ({
  name: 'seven-layers-csp',
  apply: 'build',
  // Right after <meta charset>, before any script or stylesheet it governs.
  transformIndexHtml: (html) =>
    html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`),
});

/**
 * Writes what each module adds to each chunk (gzip bytes of its rendered code, measured alone, so a slight
 * overestimate) to .vite/module-sizes.json: `npm run size` lists what a topic page's JavaScript is made of.
 */
const moduleSizes = (): Plugin => ({
  name: 'seven-layers-module-sizes',
  apply: 'build',
  generateBundle(_options, bundle) {
    const sizes: Record<string, Record<string, number>> = {};
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      sizes[chunk.fileName] = Object.fromEntries(
        Object.entries(chunk.modules)
          .filter(([, m]) => m.code)
          .map(([id, m]) => [id.replace(`${process.cwd()}/`, '').replace(/^\0/, ''), gzipSync(m.code ?? '', { level: 9 }).length]),
      );
    }
    this.emitFile({ type: 'asset', fileName: '.vite/module-sizes.json', source: JSON.stringify(sizes) });
  },
});

/**
 * Installable and offline: the web app manifest and a service worker compiled from src/service-worker/sw.ts.
 * Its precache list is written after prerendering (scripts/precache.mjs), so no injection here; the page registers
 * it from our own module (no inline script, for the CSP) and asks before a new version reloads.
 */
const progressiveWebApp = (): Plugin[] =>
  VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/service-worker',
    filename: 'sw.ts',
    injectRegister: null,
    registerType: 'prompt',
    manifest: webAppManifest,
    includeManifestIcons: false,
    injectManifest: { injectionPoint: undefined, minify: true },
  });

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [
    // Unit and component tests compile a small fixture course, so they do not change when the course does.
    coursePlugin({ contentDir: process.env.CONTENT_DIR ?? (process.env.VITEST ? 'tests/fixtures/course' : 'content') }),
    react(),
    contentSecurityPolicy(),
    ...(isSsrBuild || process.env.VITEST ? [] : [moduleSizes()]),
    ...(command === 'build' && !isSsrBuild && !process.env.VITEST ? [reactRouterTreeShaking()] : []),
    ...(isSsrBuild || process.env.VITEST ? [] : progressiveWebApp()),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build' && !isSsrBuild && !process.env.VITEST ? productionReactRouter : []),
    ],
  },
  define: { 'import.meta.env.VITE_REPOSITORY_URL': JSON.stringify(process.env.VITEST ? '' : (repository ?? '')) },
  build: {
    target: 'es2022',
    manifest: true,
    // boot.js adds the pages' modulepreload links before the entry runs, so a polyfill inside the entry came too
    // late to help the one browser generation without them (Safari before 17): 0.3 KB gzip for nothing.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically runs on every page: one chunk, the entry. Left alone, the bundler
        // put react, the event log and the progress format (imported by page chunks too) in chunks of their own,
        // four more requests and 1.6 KB gzip more of every first visit than the same code compressed together.
        ...(isSsrBuild ? {} : { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } }),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 30_000,
  },
}));
