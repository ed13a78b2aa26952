/**
 * Compiled stories kept on disk by content hash, so `vite build` explores a
 * story again only when it, the code that compiles it, or inkjs changed.
 * The cache lives in Vite's cache folder (node_modules/.vite), which git ignores.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Scenario } from '../sim/story/scenario.ts';

/** What the build needs of a compiled story. */
export interface CachedStory {
  readonly scenario: Scenario | null;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** A relative import or re-export of a TypeScript file: `from './x.ts'`, `import('../y.ts')`. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+\.ts)['"]/g;

/**
 * The files `entry` runs, itself and every file it imports directly or not,
 * in a stable order. Only what compiling a story runs decides its result, so
 * a change elsewhere in src/ (the report, the evidence file) keeps the cache.
 */
function importedSources(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT))
      queue.push(resolve(dirname(file), path!));
  }
  return [...seen].sort();
}

/**
 * A hash of everything besides the story that decides what compiling it
 * gives: the code compile-story.ts runs (the checker, the simulation it
 * plays) and the installed inkjs.
 */
export function toolchainHash(root: string, srcDir: string): string {
  const hash = createHash('sha256');
  for (const file of importedSources(join(srcDir, 'build', 'compile-story.ts'))) {
    hash.update(file.slice(srcDir.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  try {
    hash.update(readFileSync(join(root, 'node_modules', 'inkjs', 'package.json')));
  } catch {
    hash.update('no inkjs');
  }
  return hash.digest('hex');
}

export class StoryCache {
  constructor(
    private readonly dir: string,
    private readonly toolchain: string,
  ) {}

  private path(file: string, source: string): string {
    const key = createHash('sha256')
      .update(this.toolchain)
      .update('\0')
      .update(file)
      .update('\0')
      .update(source)
      .digest('hex');
    return join(this.dir, `${key}.json`);
  }

  get(file: string, source: string): CachedStory | null {
    try {
      return JSON.parse(readFileSync(this.path(file, source), 'utf8')) as CachedStory;
    } catch {
      return null;
    }
  }

  set(file: string, source: string, story: CachedStory): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      const path = this.path(file, source);
      // Written whole, then renamed: a build stopped half-way never leaves half a file.
      writeFileSync(`${path}.tmp`, JSON.stringify(story));
      renameSync(`${path}.tmp`, path);
    } catch {
      // A cache that cannot be written only makes the next build slower.
    }
  }
}
