import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InkCache, toolchainHash } from '../../src/build/story-cache.ts';

/**
 * A project whose compiler imports sim/played.ts (and, through it, sim/deeper.ts), and whose
 * opening's code imports sim/start.ts.
 */
function project(): { root: string; src: string; write: (file: string, text: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'story-cache-'));
  const src = join(root, 'src');
  const write = (file: string, text: string) => {
    mkdirSync(join(src, file, '..'), { recursive: true });
    writeFileSync(join(src, file), text);
  };
  write(
    'build/compile-story.ts',
    "import { played } from '../sim/played.ts';\nexport { played };\n",
  );
  write('build/story-opening.ts', "export { start } from '../sim/start.ts';\n");
  write('sim/start.ts', 'export const start = 1;\n');
  write('sim/played.ts', "export { deeper as played } from './deeper.ts';\n");
  write('sim/deeper.ts', 'export const deeper = 1;\n');
  write('sim/elsewhere.ts', 'export const report = 1;\n');
  return { root, src, write };
}

describe('the story cache key', () => {
  it('changes when any code the story compiler runs changes, however deep the import', () => {
    const { root, src, write } = project();
    const before = toolchainHash(root, src);
    write('sim/deeper.ts', 'export const deeper = 2;\n');
    expect(toolchainHash(root, src)).not.toBe(before);
  });

  it("changes when code that works out a story's opening changes, so no stale opening is kept", () => {
    const { root, src, write } = project();
    const before = toolchainHash(root, src);
    write('sim/start.ts', 'export const start = 2;\n');
    expect(toolchainHash(root, src)).not.toBe(before);
  });

  it('keeps when code the compiler never runs changes, so such a build explores no story again', () => {
    const { root, src, write } = project();
    const before = toolchainHash(root, src);
    write('sim/elsewhere.ts', 'export const report = 2;\n');
    write('ui/report.ts', 'export {};\n');
    expect(toolchainHash(root, src)).toBe(before);
  });
});

describe("the kept output of Ink's compiler", () => {
  const compileFake = (source: string) =>
    source.includes('broken')
      ? { json: null, problems: [{ line: 1, message: 'broken' }] }
      : { json: JSON.stringify({ compiled: source }), problems: [] };

  it('gives what the compiler gave, and compiles a source once', () => {
    const cache = new InkCache(
      mkdtempSync(join(tmpdir(), 'ink-cache-')),
      mkdtempSync(join(tmpdir(), 'ink-')),
    );
    const first = cache.compile('Hello.', compileFake);
    const second = cache.compile('Hello.', compileFake);
    expect(second).toEqual(first);
    expect(cache.counts).toEqual({ compiled: 1, cached: 1 });
  });

  it('compiles again when the source or the code that calls the compiler changes', () => {
    const cache = new InkCache(
      mkdtempSync(join(tmpdir(), 'ink-cache-')),
      mkdtempSync(join(tmpdir(), 'ink-')),
    );
    cache.compile('Hello.', compileFake);
    expect(cache.compile('Hello again.', compileFake).json).toBe('{"compiled":"Hello again."}');
    cache.compile('Hello.', (source) => compileFake(source));
    expect(cache.counts).toEqual({ compiled: 3, cached: 0 });
  });

  it('keeps no story with problems: they always come from the compiler', () => {
    const cache = new InkCache(
      mkdtempSync(join(tmpdir(), 'ink-cache-')),
      mkdtempSync(join(tmpdir(), 'ink-')),
    );
    expect(cache.compile('broken', compileFake).problems).toHaveLength(1);
    expect(cache.compile('broken', compileFake).problems).toHaveLength(1);
    expect(cache.counts).toEqual({ compiled: 2, cached: 0 });
  });
});
