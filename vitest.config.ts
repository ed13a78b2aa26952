import { defineConfig } from 'vitest/config';
import { inkStories } from './src/build/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkStories()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/load-ink-setup.ts'],
    // Explicit, so a stuck test fails instead of hanging. The slowest unit tests
    // (the explorer against a one-by-one enumeration, the mood model's graph
    // walk) take about half a second on an idle laptop, but CI shares two
    // cores with other jobs and runs them up to ten times slower.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
