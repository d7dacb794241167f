/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { metaContentSecurityPolicy } from './src/app/content-security-policy.ts';
import { coursePlugin } from './src/content/pipeline/vite-plugin.ts';

/** Adds the Content-Security-Policy meta tag to the built HTML (the dev server's hot reload needs inline scripts). */
const contentSecurityPolicy = (): Plugin => ({
  name: 'seven-layers-csp',
  apply: 'build',
  // Right after <meta charset>, before any script or stylesheet it governs.
  transformIndexHtml: (html) =>
    html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`),
});

export default defineConfig({
  plugins: [
    // Unit and component tests compile a small fixture course, so they do not change when the course does.
    coursePlugin({ contentDir: process.env.CONTENT_DIR ?? (process.env.VITEST ? 'tests/fixtures/course' : 'content') }),
    react(),
    contentSecurityPolicy(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 30_000,
  },
});
