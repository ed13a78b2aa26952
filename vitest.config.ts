import { defineConfig } from 'vitest/config';
import { inkStories } from './src/build/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkStories()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
