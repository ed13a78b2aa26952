import { defineConfig } from 'vite';
import { inkStories } from './src/build/vite-plugin-ink.ts';
import { CONTENT_SECURITY_POLICY } from './src/build/csp.ts';

export default defineConfig({
  plugins: [inkStories()],
  // `npm run preview` serves the build as a host should: under the strict policy.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
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
