/**
 * Compiled stories kept on disk by content hash, so `vite build` explores a
 * story again only when it (or the checker's own code, or inkjs) changed.
 * The cache lives in Vite's cache folder (node_modules/.vite), which git ignores.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../sim/story/scenario.ts';

/** What the build needs of a compiled story. */
export interface CachedStory {
  readonly scenario: Scenario | null;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** Every file under `dir` ending in .ts, in a stable order. */
function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A hash of everything besides the story that decides what compiling it
 * gives: the simulation and build code, and the installed inkjs.
 */
export function toolchainHash(root: string, srcDir: string): string {
  const hash = createHash('sha256');
  for (const file of [...sources(join(srcDir, 'sim')), ...sources(join(srcDir, 'build'))]) {
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
