import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { inkStories } from '../../src/build/vite-plugin-ink.ts';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
const made: string[] = [];

function project(story: string): string {
  const root = mkdtempSync(join(tmpdir(), 'ink-plugin-'));
  made.push(root);
  mkdirSync(join(root, 'stories'));
  writeFileSync(join(root, 'stories', 'story.ink'), story);
  writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
  writeFileSync(
    join(root, 'main.js'),
    "import scenario from './stories/story.ink';\nimport catalogue from 'virtual:scenario-catalogue';\nconsole.log(scenario.meta.title, catalogue.length);\n",
  );
  return root;
}

async function bundle(root: string): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkStories()],
    build: { write: false, minify: false },
  });
  const results = Array.isArray(output) ? output : [output];
  return results
    .flatMap((result) => ('output' in result ? result.output : []))
    .map((chunk) => ('code' in chunk ? chunk.code : ''))
    .join('\n');
}

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the Ink build plugin', () => {
  it('compiles a story into the bundle with its metadata and score ranges, without the Ink compiler', async () => {
    const code = await bundle(project(fixture('tiny.ink')));
    expect(code).toContain('Tiny test');
    expect(code).toContain('"ranges"');
    expect(code).not.toContain('InkParser');
  }, 60_000);

  it('fails the build with file:line and a clear message for a malformed story', async () => {
    const broken = fixture('tiny.ink').replace(
      '# score: listening +2; You let her explain.',
      '# score: listening +9; Too much.',
    );
    await expect(bundle(project(broken))).rejects.toThrow(
      /stories\/story\.ink:\d+: tag "score": score "\+9" must be a signed number from -3 to \+3/,
    );
  }, 60_000);

  it('fails the build on an Ink syntax error with its line', async () => {
    const broken = fixture('tiny.ink').replace(
      '=== supplier_call ===',
      '=== supplier_call ===\n* [Unclosed choice',
    );
    await expect(bundle(project(broken))).rejects.toThrow(/stories\/story\.ink:\d+: /);
  }, 60_000);
});
