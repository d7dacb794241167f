/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { coursePlugin } from './src/content/pipeline/vite-plugin.ts';

export default defineConfig({
  plugins: [
    // Unit and component tests compile a small fixture course, so they do not change when the course does.
    coursePlugin({ contentDir: process.env.CONTENT_DIR ?? (process.env.VITEST ? 'tests/fixtures/course' : 'content') }),
    react(),
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
