import { defineConfig } from 'vite';
import { inkStories } from './src/build/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkStories()],
  build: {
    target: 'es2022',
    // Phaser is one large chunk by design (it does not tree-shake); the app never waits for it.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
});
