/**
 * The library's scenarios (stories/*.ink) as the build compiles them, with
 * their score ranges and missed chances. Read from the build's own cache
 * (node_modules/.vite/stories) when `vite build` has compiled them with this
 * code; otherwise compiled here, which explores every story (slow), and kept
 * in that cache, so the build after these tests does not explore them again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileStory } from '../../src/build/compile-story.ts';
import { keptStory, StoryCache, toolchainHash } from '../../src/build/story-cache.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { libraryCast } from './casts.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function libraryStories(): Scenario[] {
  const cache = new StoryCache(
    join(ROOT, 'node_modules', '.vite', 'stories'),
    toolchainHash(ROOT, join(ROOT, 'src')),
  );
  const castText = readFileSync(join(ROOT, 'stories', 'cast.json'), 'utf8');
  return readdirSync(join(ROOT, 'stories'))
    .filter((name) => name.endsWith('.ink'))
    .sort()
    .map((name) => {
      const file = `stories/${name}`;
      const source = readFileSync(join(ROOT, file), 'utf8');
      // The build's cache key: the story and the cast it was compiled with (vite-plugin-ink.ts).
      const key = `${source}\n// cast\n${castText}`;
      const cached = cache.get(file, key)?.scenario;
      if (cached) return cached;
      const compiled = compileStory(source, file, name.slice(0, -'.ink'.length), libraryCast());
      if (!compiled.scenario || compiled.errors.length > 0)
        throw new Error(`${file} does not compile: ${compiled.errors.join('\n')}`);
      cache.set(file, key, keptStory(compiled));
      return compiled.scenario;
    });
}
