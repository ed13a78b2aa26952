/**
 * Compiled stories kept on disk by content hash, with their openings, so
 * `vite build` (and a dev server's first load of a story) explores a story and
 * works out its opening again only when it, the code that does either, or
 * inkjs changed.
 * The cache lives in Vite's cache folder (node_modules/.vite), which git ignores.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { StoryOpening } from '../sim/session/opening.ts';
import type { Scenario } from '../sim/story/scenario.ts';
import { storyOpening } from './story-opening.ts';

/** What the build needs of a compiled story. */
export interface CachedStory {
  readonly scenario: Scenario | null;
  /** Where every attempt stands at its first decision (story-opening.ts); null if it has none. */
  readonly opening: StoryOpening | null;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * What is kept of a compiled story: it, and where every attempt stands at its
 * first decision when it compiled cleanly (issue 17). Kept together, so the
 * opening (about 0.4 s of CPU for the library) is worked out with the story,
 * not on every build and every dev server's load.
 */
export function keptStory(compiled: Omit<CachedStory, 'opening'>): CachedStory {
  const { scenario, errors, warnings } = compiled;
  const opening = scenario && errors.length === 0 ? storyOpening(scenario) : null;
  return { scenario, opening, errors, warnings };
}

/** A relative import or re-export of a TypeScript file: `from './x.ts'`, `import('../y.ts')`. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+\.ts)['"]/g;

/**
 * The files `entries` run, themselves and every file they import directly or
 * not, in a stable order. Only what compiling a story and working out its
 * opening run decides the result, so a change elsewhere in src/ (the report,
 * the evidence file) keeps the cache.
 */
function importedSources(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT))
      queue.push(resolve(dirname(file), path!));
  }
  return [...seen].sort();
}

/** The build's modules whose code decides what is kept for a story. */
const KEPT_BY = ['compile-story.ts', 'story-opening.ts'];

/**
 * A hash of everything besides the story (and the cast, in its key) that
 * decides what is kept for it: the code compile-story.ts and story-opening.ts
 * run (the checker, the simulation it plays) and the installed inkjs.
 */
export function toolchainHash(root: string, srcDir: string): string {
  const hash = createHash('sha256');
  const entries = KEPT_BY.map((file) => join(srcDir, 'build', file));
  for (const file of importedSources(entries)) {
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
      const story = JSON.parse(readFileSync(this.path(file, source), 'utf8')) as CachedStory;
      // Kept by a build from before openings were kept: worked out afresh.
      return story.opening === undefined ? null : story;
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

/** What Ink's compiler gives for one story: its JSON, or the problems that stopped it. */
export interface InkCompiled {
  readonly json: string | null;
  readonly problems: readonly { readonly line: number | null; readonly message: string }[];
}

/**
 * Ink's compiler output kept on disk, for `stories:check`: compiling is a
 * tenth of its time, and the same source with the same inkjs and the same
 * compiler options always compiles to the same JSON. The key hashes the
 * source, the installed inkjs and the text of the function that calls the
 * compiler (its options), so a change to any of them compiles again. Only
 * stories that compiled cleanly are kept: problems are always Ink's own, fresh.
 */
export class InkCache {
  private readonly inkjs: string;
  /** How many compiles this cache answered from disk, and how many it ran. */
  readonly counts = { cached: 0, compiled: 0 };

  constructor(
    root: string,
    private readonly dir: string,
  ) {
    try {
      this.inkjs = readFileSync(join(root, 'node_modules', 'inkjs', 'package.json'), 'utf8');
    } catch {
      this.inkjs = 'no inkjs';
    }
  }

  /** `compile(source)`, or what it gave before for the same source, inkjs and compiler call. */
  compile<T extends InkCompiled>(source: string, compile: (source: string) => T): InkCompiled {
    const key = createHash('sha256')
      .update(this.inkjs)
      .update('\0')
      .update(compile.toString())
      .update('\0')
      .update(source)
      .digest('hex');
    const path = join(this.dir, `${key}.json`);
    try {
      const json = readFileSync(path, 'utf8');
      this.counts.cached++;
      return { json, problems: [] };
    } catch {
      // Not kept yet: compile it.
    }
    const compiled = compile(source);
    this.counts.compiled++;
    if (compiled.json !== null && compiled.problems.length === 0) {
      try {
        mkdirSync(this.dir, { recursive: true });
        // Written whole under a name of its own, then renamed: a run stopped half-way, or
        // another run writing the same story, never leaves half a file.
        const partial = `${path}.${process.pid}.tmp`;
        writeFileSync(partial, compiled.json);
        renameSync(partial, path);
      } catch {
        // A cache that cannot be written only makes the next run slower.
      }
    }
    return compiled;
  }
}
