import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inkStories } from './src/build/vite-plugin-ink.ts';
import { policyFromEnvironment } from './src/build/csp.ts';

export default defineConfig(({ mode }) => ({
  plugins: [
    inkStories({ pages: true }),
    // Offline and installable: a Workbox service worker precaches the whole build (app,
    // stories, art, sound, fonts). The LMS builds (`--mode scorm`, `--mode cmi5`) have none: an
    // LMS serves them from its own paths, and a worker there would outlive the activity.
    VitePWA({
      disable: mode === 'scorm' || mode === 'cmi5',
      registerType: 'prompt',
      // src/ui/shell/offline.ts registers it and offers updates only between scenarios.
      injectRegister: false,
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: 'Service Chain',
        short_name: 'Service Chain',
        description: 'Practise service recovery across a service chain.',
        lang: 'en-GB',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f6f6b',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,woff,woff2,mp3,ogg,png,svg,json}'],
        // Phaser's chunk is 1.4 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The classroom server's own addresses are never the app.
        navigateFallbackDenylist: [/^\/api\//, /^\/ws/],
        cleanupOutdatedCaches: true,
        // The first install takes the open page at once, so it works offline without a reload.
        clientsClaim: true,
      },
    }),
  ],
  // `npm run preview` serves the build as a host should: under the strict policy (with the
  // LRS and LMS origins named in SERVICE_CHAIN_CONNECT_ORIGINS added to connect-src).
  preview: { headers: { 'Content-Security-Policy': policyFromEnvironment(process.env) } },
  build: {
    target: 'es2022',
    // Every browser the game supports preloads modules itself: no polyfill in the first screen.
    modulePreload: { polyfill: false },
    // Phaser is one large chunk by design (it does not tree-shake); the app never waits for it.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/ },
            // Everything the page imports before its first choice, as one chunk (issue 17): split
            // into the 19 pieces the later chunks share, it was 4 KB gzip larger and 19 requests.
            { name: 'first-screen', tags: ['$initial'] },
          ],
        },
      },
    },
  },
}));
