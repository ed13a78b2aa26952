/**
 * The app's start as a chunk of its own (issue 17, first choice usable): src/main.ts imports the
 * app dynamically, at once, so the entry it evaluates is small and the app's evaluation is a task
 * of its own, after a scenario page's first paint. Without help the bundler would spread the
 * app's modules over the chunks they share with later ones (the report's, the menu's): seven
 * requests, and a stylesheet loaded by script. This keeps them in one chunk, which every page
 * names as a modulepreload beside the entry, so it downloads with it.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface StartChunk {
  /** For a code-splitting group's `test`: whether a module is one the start imports statically. */
  readonly holds: (id: string) => boolean;
  readonly plugin: Plugin;
}

/** `module` (a path from the project's root) and what it imports statically, as one preloaded chunk. */
export function startChunk(module: string): StartChunk {
  let root = process.cwd();
  let base = '/';
  const held = new Set<string>();
  return {
    holds: (id) => held.has(id),
    plugin: {
      name: 'service-chain:start-chunk',
      apply: 'build',
      configResolved(config) {
        root = config.root;
        base = config.base;
      },
      // The whole module graph is known here, before the bundler makes chunks.
      buildEnd() {
        held.clear();
        const visit = (id: string): void => {
          if (held.has(id)) return;
          held.add(id);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
        };
        visit(join(root, module));
      },
      // Before the scenario pages are made from index.html (the Ink plugin, after this one).
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          const index = bundle['index.html'];
          // A group's chunk: it holds the module, but has no facade.
          const start = Object.values(bundle).find(
            (file) => file.type === 'chunk' && file.moduleIds.includes(join(root, module)),
          );
          if (index?.type !== 'asset' || start?.type !== 'chunk') return;
          const html = String(index.source);
          const files: string[] = [];
          const visit = (fileName: string): void => {
            if (files.includes(fileName)) return;
            files.push(fileName);
            const chunk = bundle[fileName];
            if (chunk?.type === 'chunk') for (const next of chunk.imports) visit(next);
          };
          visit(start.fileName);
          const links = files
            .map((file) => `${base}${file}`)
            .filter((href) => !html.includes(`"${href}"`))
            .map((href) => `<link rel="modulepreload" crossorigin href="${href}">`);
          const entry = /<script type="module"[^>]*><\/script>/.exec(html);
          if (!entry)
            throw new Error('index.html has no module script to preload the start beside');
          index.source = html.replace(entry[0], [entry[0], ...links].join('\n    '));
        },
      },
    },
  };
}
