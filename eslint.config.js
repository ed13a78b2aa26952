import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-scorm',
      'dist-cmi5',
      'node_modules',
      '.scratch',
      'docs',
      'assets/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The simulation: plain TypeScript that runs in the browser and in Node alike. What it
    // borrows from the host is named in src/sim/host.ts; tsconfig.sim.json checks it against
    // the ECMAScript library alone.
    files: ['src/sim/**/*.ts'],
    ignores: ['src/sim/**/host.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'howler', 'idb'], message: 'src/sim has no presentation.' },
            { group: ['node:*', 'fs', 'path', 'url'], message: 'src/sim runs in the browser too.' },
            {
              group: ['inkjs/full', 'inkjs/full/*', 'inkjs/compiler/*'],
              message:
                "The compiler is build-time only (src/build); the player ships Ink's runtime.",
            },
            {
              group: [
                '**/build/*',
                '**/ui/*',
                '**/stage/*',
                '**/audio/*',
                '**/art/*',
                '**/lms/*',
                '**/scheduling/*',
              ],
              message: 'src/sim is the bottom layer: it imports nothing of the layers above it.',
            },
            { group: ['**/server/*'], message: 'The classroom server is a layer above src/sim.' },
            {
              group: ['zod', 'zod/*'],
              message: 'Take `z` from src/sim/zod.ts: it is set to validate without `eval` (CSP).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'navigator',
          'location',
          'history',
          'fetch',
          'performance',
          'crypto',
          'TextEncoder',
          'setTimeout',
          'setInterval',
          'requestAnimationFrame',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({
          name,
          message:
            'src/sim takes time, storage and the host through parameters or src/sim/host.ts.',
        })),
      ],
    },
  },
  {
    // The canvas stage only illustrates: src/ui tells it what to show and how to move through
    // src/stage/stage-types.ts, so nothing in src/stage reads the DOM layer.
    files: ['src/stage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/*'],
              message: 'src/stage is told by src/ui through its interface (stage-types.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // When the browser runs deferred work (idle time, after a paint, a quiet moment), for src/ui
    // and src/stage alike: it knows the browser's scheduling and none of the layers that use it.
    files: ['src/scheduling/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/*', '**/stage/*', '**/sim/*', '**/audio/*', '**/lms/*'],
              message: 'src/scheduling is used by the layers above it and imports none of them.',
            },
          ],
        },
      ],
    },
  },
  {
    // node:test's describe/it return promises the runner itself awaits.
    files: ['tests/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
