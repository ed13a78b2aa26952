/**
 * Compiles `stories/*.ink` when the game imports them, so the player's bundle
 * holds compiled stories and never Ink's compiler. A story with a mistake
 * fails the build, and in dev shows `file:line: message` in the terminal and
 * the browser overlay; saving a story recompiles it and reloads the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { compileStory } from './compile-story.ts';
import { scanSource } from './source-scan.ts';
import { metaFromGlobalTags } from '../sim/scenario.ts';
import { SCENARIO_ID } from '../sim/scenario-id.ts';

export const CATALOGUE_ID = 'virtual:scenario-catalogue';
const RESOLVED_CATALOGUE_ID = `\0${CATALOGUE_ID}`;

export function storyId(file: string): string {
  return basename(file, '.ink');
}

export function inkStories(options: { storiesDir?: string } = {}): Plugin {
  let root = process.cwd();
  let base = '/';
  const storiesDir = () => options.storiesDir ?? join(root, 'stories');
  return {
    name: 'service-chain:ink',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    // The scenario named in the URL starts downloading with the page, not after the app's
    // code has run: the first choice then waits for one round trip, not two.
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const chunks: Record<string, string> = {};
        for (const chunk of Object.values(context.bundle)) {
          const source = chunk.type === 'chunk' ? chunk.facadeModuleId : null;
          if (source?.endsWith('.ink')) chunks[storyId(source)] = `${base}${chunk.fileName}`;
        }
        // Only an id that matches the rule and is one of the stories' own names is looked up
        // (`__proto__` would otherwise find Object.prototype and request "/[object Object]").
        const script = `(function(){var c=${JSON.stringify(chunks)};var s=new URLSearchParams(location.search).get('scenario');var f=s&&${SCENARIO_ID.toString()}.test(s)&&Object.prototype.hasOwnProperty.call(c,s)?c[s]:null;if(f){var l=document.createElement('link');l.rel='modulepreload';l.href=f;document.head.appendChild(l);}})();`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
    resolveId(id) {
      return id === CATALOGUE_ID ? RESOLVED_CATALOGUE_ID : null;
    },
    load(id) {
      if (id === RESOLVED_CATALOGUE_ID) {
        const dir = storiesDir();
        const entries = readdirSync(dir)
          .filter((name) => name.endsWith('.ink'))
          .sort()
          .map((name) => {
            const file = join(dir, name);
            this.addWatchFile(file);
            const meta = metaFromGlobalTags(scanSource(readFileSync(file, 'utf8')).headerTags);
            return meta.ok ? { id: storyId(name), meta: meta.meta } : null;
          })
          .filter((entry) => entry !== null);
        return `export default ${JSON.stringify(entries)};`;
      }
      if (!id.endsWith('.ink')) return null;
      const file = id.split('?')[0] ?? id;
      const source = readFileSync(file, 'utf8');
      const compiled = compileStory(source, relative(root, file), storyId(file));
      if (compiled.errors.length > 0 || !compiled.scenario) {
        this.error(
          `Story ${relative(root, file)} has ${compiled.errors.length} problem(s):\n${compiled.errors.join('\n')}`,
        );
      }
      return { code: `export default ${JSON.stringify(compiled.scenario)};`, map: null };
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      const catalogue = server.moduleGraph.getModuleById(RESOLVED_CATALOGUE_ID);
      if (catalogue) server.moduleGraph.invalidateModule(catalogue);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
