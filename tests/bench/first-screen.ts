/**
 * What the first screen loads: the entry script the built index.html names and
 * every chunk it imports statically, transitively (dynamic imports load later),
 * and the classic scripts the page runs before it (the scenario preloader, the
 * Zod setting), counted into the size too. Shared by the bundle test and the
 * benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface FirstScreen {
  /** Chunk file names in dist/assets, the entry first. */
  readonly chunks: readonly string[];
  /** The classic scripts index.html names, as paths in dist (run before the entry). */
  readonly scripts: readonly string[];
  /** The total size of the chunks and the scripts, each gzipped at level 9. */
  readonly gzipBytes: number;
  readonly rawBytes: number;
}

const CLASSIC_SCRIPT = /<script(?![^>]*type="module")[^>]*\ssrc="(?:\.?\/)?([^"]+\.js)"/g;
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([^"']+\.js)["']/g;

export function firstScreen(dist: string): FirstScreen {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="[^"]*\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${dist}/index.html names no module script`);
  const chunks: string[] = [];
  const visit = (name: string): void => {
    if (chunks.includes(name)) return;
    chunks.push(name);
    const code = readFileSync(join(dist, 'assets', name), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) if (match[1]) visit(match[1]);
  };
  visit(entry);
  const scripts = [...html.matchAll(CLASSIC_SCRIPT)].map((match) => match[1] ?? '');
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const path of [...chunks.map((name) => join('assets', name)), ...scripts]) {
    const body = readFileSync(join(dist, path));
    gzipBytes += gzipSync(body, { level: 9 }).length;
    rawBytes += body.length;
  }
  return { chunks, scripts, gzipBytes, rawBytes };
}

/** Words each library's code says, to tell whether a chunk holds it. */
export const LIBRARY_WORDS = {
  zod: 'ZodError',
  Phaser: 'Phaser.Game',
  Howler: 'HowlerGlobal',
} as const;
