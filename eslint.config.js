import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Imports run one way: shared layers below the features, the features in levels (a feature imports only features
// of a lower level, so no two feature folders can import each other, and only their public modules), the app
// (routes, layout) above them all.
const PIPELINE = { group: ['**/pipeline/*', '@/pipeline/*'], message: 'The content pipeline runs in Node at build time only.' };
const SHARED = ['content', 'engine', 'lab-engines', 'learning', 'shared', 'ui'];
const FEATURE_LEVELS = [
  ['course', 'diagrams', 'share', 'theme', 'offline'],
  ['print', 'navigation', 'search', 'services', 'progress'],
  ['quiz', 'topics', 'layers', 'labs'],
  ['review', 'exam', 'questions'],
  ['exam-guide'],
];
const features = FEATURE_LEVELS.flat();
// What each feature offers the others (the app may use any of its modules); a feature with none is a page only.
const PUBLIC = {
  course: ['course-index', 'suggest'],
  diagrams: ['draw-every-diagram', 'mermaid-diagram'],
  print: ['print-button', 'print-page'],
  progress: ['progress-store'],
  quiz: ['answer-flow', 'answer-keys', 'question-card', 'quiz-results', 'record-answer'],
  review: ['readiness'],
  share: ['share-button', 'share-link'],
};
/** Patterns that let `feature` reach only the public modules of the lower-level features. */
const publicOnly = (feature, lower) =>
  lower
    .filter((other) => other !== feature)
    .map((other) => ({
      group: [`@/features/${other}/*`, ...(PUBLIC[other] ?? []).map((m) => `!@/features/${other}/${m}`)],
      message: `"${other}" offers other features only ${(PUBLIC[other] ?? []).join(', ') || 'nothing (it is a page)'} (eslint.config.js PUBLIC).`,
    }));
const BELOW_FEATURES = { group: ['@/features/*', '@/app/*', '**/features/**', '**/app/**'], message: 'Shared code sits below the features and the app: pass what it needs in (see ui/markdown/markdown-components.tsx).' };
// Within the shared levels, the content model sits below the question engine: the engine's type modules declare the
// questions on the model's blocks and common fields, and the `Question` union is derived from its registry. (The
// content pipeline, build-time code above both, reads Markdown through the registry.)
const BELOW_ENGINE = { group: ['@/engine/*', '**/engine/**', '@/lab-engines/*', '**/lab-engines/**'], message: 'The content model sits below the question engine and the lab engines: a question type lives in src/engine/types/<name>/ and the Question union in src/engine/registry.ts.' };
const importRules = [
  {
    files: SHARED.map((dir) => `src/${dir}/**/*.{ts,tsx}`),
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [PIPELINE, BELOW_FEATURES] }],
    },
  },
  {
    files: ['src/content/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [PIPELINE, BELOW_FEATURES, BELOW_ENGINE] }],
    },
  },
  ...FEATURE_LEVELS.flatMap((level, at) =>
    level.map((feature) => {
      const higher = FEATURE_LEVELS.slice(at).flat().filter((f) => f !== feature);
      const lower = FEATURE_LEVELS.slice(0, at).flat();
      return {
        files: [`src/features/${feature}/**/*.{ts,tsx}`],
        ignores: ['**/*.test.{ts,tsx}'],
        rules: {
          'no-restricted-imports': ['error', { patterns: [
            PIPELINE,
            { group: ['@/app/*'], message: 'Features sit below the app: routes and layout compose them, not the other way round.' },
            ...(higher.length ? [{ group: higher.map((f) => `@/features/${f}/*`), message: `"${feature}" may import only features of a lower level (eslint.config.js FEATURE_LEVELS), so feature folders never import each other.` }] : []),
            ...publicOnly(feature, lower),
          ] }],
        },
      };
    }),
  ),
];
if (features.length !== new Set(features).size) throw new Error('a feature is listed twice in FEATURE_LEVELS');
const unlisted = readdirSync(`${import.meta.dirname}/src/features`).filter((dir) => !features.includes(dir));
if (unlisted.length) throw new Error(`eslint.config.js: give every feature folder a level in FEATURE_LEVELS (missing: ${unlisted.join(', ')})`);

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '19' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Content must never reach the DOM as HTML; the one exception (none today) must disable this on its line.
      'react/no-danger': 'error',
      'react/jsx-no-target-blank': 'error',
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/pipeline/*', '@/pipeline/*'], message: 'The content pipeline runs in Node at build time only.' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...importRules,
  {
    files: ['src/pipeline/**', 'scripts/**', 'tests/**', 'vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
);
