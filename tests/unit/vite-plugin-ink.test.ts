import { mkdtempSync, writeFileSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { inkStories } from '../../src/build/vite-plugin-ink.ts';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
const made: string[] = [];

function project(story: string, name = 'story', cast = fixture('cast.json')): string {
  const root = mkdtempSync(join(tmpdir(), 'ink-plugin-'));
  made.push(root);
  mkdirSync(join(root, 'stories'));
  writeFileSync(join(root, 'stories', 'cast.json'), cast);
  writeFileSync(join(root, 'stories', `${name}.ink`), story);
  writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
  writeFileSync(
    join(root, 'main.js'),
    `import scenario from './stories/${name}.ink';\nimport catalogue from 'virtual:scenario-catalogue';\nconsole.log(scenario.meta.title, catalogue.length);\n`,
  );
  return root;
}

async function bundle(root: string, plugin = inkStories()): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [plugin],
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

  it("keeps a story's tutor notes out of its chunk, in a chunk of their own named apart", async () => {
    const root = project(fixture('tutor-notes.ink'));
    writeFileSync(
      join(root, 'main.js'),
      "import scenario from './stories/story.ink';\nconsole.log(scenario.meta.title, import('./stories/story.ink?tutor'));\n",
    );
    const output = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkStories()],
      build: { write: false, minify: false },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
      'output' in result ? result.output.filter((chunk) => chunk.type === 'chunk') : [],
    );
    const notes = chunks.find((chunk) => chunk.fileName.includes('tutor-notes-story-'));
    const others = chunks.filter((chunk) => chunk !== notes).map((chunk) => chunk.code);
    // The notes as the class's screens read them (the story's own header tags hold their words).
    expect(notes?.code).toContain('"wrongTurns"');
    expect(others.join('\n')).toContain('Tiny test');
    expect(others.join('\n')).not.toContain('"wrongTurns"');
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

  it('fails the build on a clash in the cast, with the cast file and line', async () => {
    const clash = fixture('cast.json').replace('"name": "Test Supplies"', '"name": "Ann Test"');
    await expect(bundle(project(fixture('tiny.ink'), 'story', clash))).rejects.toThrow(
      /stories\/cast\.json:\d+: Ann Test is given two roles/,
    );
  }, 60_000);

  it('fails the build on an Ink syntax error with its line', async () => {
    const broken = fixture('tiny.ink').replace(
      '=== supplier_call ===',
      '=== supplier_call ===\n* [Unclosed choice',
    );
    await expect(bundle(project(broken))).rejects.toThrow(/stories\/story\.ink:\d+: /);
  }, 60_000);

  it("ends the build with the story problems alone, without the build tool's stack", async () => {
    const broken = fixture('tiny.ink').replace('# scene: office', '# colour: blue');
    const error = await bundle(project(broken)).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(Error);
    const { message, stack } = error as Error;
    expect(message).toMatch(
      /^Story stories\/story\.ink has 1 problem\(s\):\nstories\/story\.ink:\d+: unknown tag "colour"/,
    );
    expect(stack).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('fails the build cleanly, naming the knot, for a story that loops without a choice', async () => {
    await expect(bundle(project(fixture('hostile-divert-loop.ink')))).rejects.toThrow(
      /stories\/story\.ink:\d+: the story ran 200,000 Ink steps in "loop" without reaching a decision/,
    );
  }, 60_000);

  it('refuses a story whose file name is not a scenario id, with the rule', async () => {
    await expect(bundle(project(fixture('tiny.ink'), 'Late_Supplier'))).rejects.toThrow(
      /stories\/Late_Supplier\.ink: the file name "Late_Supplier\.ink" cannot be a scenario id: a scenario id is up to 64 lower-case letters, digits and hyphens.*rename it to "late-supplier\.ink"/,
    );
  }, 60_000);

  it('explores a story again only when it changed, keeping compiled stories by content hash', async () => {
    const root = project(fixture('tiny.ink'));
    // The cache is on for a project with the game's code folders; Vite keeps its
    // cache in node_modules/.vite beside the project's package.json.
    writeFileSync(join(root, 'package.json'), '{}\n');
    mkdirSync(join(root, 'src', 'build'), { recursive: true });
    writeFileSync(join(root, 'src', 'build', 'tool.ts'), 'export {};\n');
    await bundle(root, inkStories());
    const dir = join(root, 'node_modules', '.vite', 'stories');
    const [entry] = readdirSync(dir);
    expect(entry).toMatch(/^[0-9a-f]{64}\.json$/);
    // Prove the second build reads the cache: a marked copy of the title comes out.
    const cached = join(dir, entry!);
    writeFileSync(cached, readFileSync(cached, 'utf8').replace('Tiny test', 'Tiny test (cached)'));
    expect(await bundle(root, inkStories())).toContain('Tiny test (cached)');
    // A changed story is compiled again.
    writeFileSync(
      join(root, 'stories', 'story.ink'),
      fixture('tiny.ink').replace('# title: Tiny test', '# title: Tiny changed'),
    );
    const code = await bundle(root, inkStories());
    expect(code).toContain('Tiny changed');
    expect(readdirSync(dir)).toHaveLength(2);
  }, 120_000);

  it("keeps a story's opening with it, so a build with nothing changed works none out again", async () => {
    const root = project(fixture('tiny.ink'));
    writeFileSync(join(root, 'package.json'), '{}\n');
    mkdirSync(join(root, 'src', 'build'), { recursive: true });
    await bundle(root, inkStories());
    const dir = join(root, 'node_modules', '.vite', 'stories');
    const [entry] = readdirSync(dir);
    const cached = join(dir, entry!);
    const kept = JSON.parse(readFileSync(cached, 'utf8')) as {
      opening: { choices: string[] } | null;
    };
    expect(kept.opening?.choices).toEqual([
      'Listen and acknowledge.',
      'Quote the delivery policy.',
    ]);
    // The second build reads the opening back: a marked option comes out.
    kept.opening!.choices[0] = 'Listen (kept)';
    writeFileSync(cached, JSON.stringify(kept));
    expect(await bundle(root, inkStories())).toContain('Listen (kept)');
    // Kept by an older build, without its opening: worked out afresh, never served without one.
    writeFileSync(cached, JSON.stringify({ ...kept, opening: undefined }));
    const code = await bundle(root, inkStories());
    expect(code).not.toContain('Listen (kept)');
    expect(code).toContain('"opening"');
  }, 120_000);
});
