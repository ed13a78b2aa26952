/**
 * The player's bundle holds the game and the Ink runtime, never the story
 * checker: its exploring runner, its budgets and its inkjs internals stay in
 * the build. Reads the production build in dist/ (`vite build` runs first).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstScreen, LIBRARY_WORDS } from '../bench/first-screen.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const ASSETS = join(DIST, 'assets');

/** Issue 17: what a school Chromebook downloads and parses before the first choice. */
const FIRST_SCREEN_LIMIT_KB = 60;

/** Words only the checker's code says, one from each of its modules. */
const CHECKER_WORDS = [
  'Ink played one move two ways', // move-tree.ts: remembered moves
  'a remembered move cannot be played again', // exploring-runner.ts
  'a story using marks', // marking-runner.ts: marks
  'without reaching a decision', // marking-runner.ts: budgets
  'relies on inkjs 2.4 internals', // ink-internals.ts
  'stopped at the', // explorer.ts
  'a path reaches', // explorer.ts: too deep
  'leads to no "# score:"', // explorer.ts: unscored options
  'CopyAndStartPatching(true)', // marks, if ever inlined without its words
];

describe("the player's bundle", () => {
  it("holds none of the story checker's machinery", () => {
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    assert.ok(scripts.length > 0, 'dist/assets has scripts (run vite build first)');
    for (const name of scripts) {
      const code = readFileSync(join(ASSETS, name), 'utf8');
      for (const words of CHECKER_WORDS)
        assert.ok(!code.includes(words), `${name} contains the checker's "${words}"`);
    }
  });
});

describe('the first screen', () => {
  const loaded = () => {
    const screen = firstScreen(DIST);
    const holds = (words: string) =>
      screen.chunks.filter((name) => readFileSync(join(ASSETS, name), 'utf8').includes(words));
    return { ...screen, holds };
  };

  it('loads neither Phaser nor Howler: the stage and sound are their own chunks, loaded later', () => {
    const screen = loaded();
    assert.ok(screen.chunks.length > 0);
    assert.deepEqual(screen.holds(LIBRARY_WORDS.Phaser), []);
    assert.deepEqual(screen.holds(LIBRARY_WORDS.Howler), []);
  });

  it('loads no zod: saves, kept attempts and the menu read theirs when first needed', () => {
    assert.deepEqual(loaded().holds(LIBRARY_WORDS.zod), []);
  });

  it("loads no XState: the moods and relationships run from their machines' tables", () => {
    assert.deepEqual(loaded().holds('xstate.stop'), []);
  });

  it('is preloaded exactly: the page names each chunk it imports and no other', () => {
    const screen = loaded();
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const preloaded = [
      ...html.matchAll(/<link rel="modulepreload"[^>]*href="[^"]*\/assets\/([^"]+)"/g),
    ]
      .map((match) => match[1])
      .sort();
    assert.deepEqual(preloaded, screen.chunks.slice(1).sort());
  });

  it("has a page per scenario: index.html with the story's chunk named in place of the script that finds it, and its first screen drawn", () => {
    const index = readFileSync(join(DIST, 'index.html'), 'utf8');
    const stories = readdirSync('stories').filter((name) => name.endsWith('.ink'));
    assert.ok(stories.length > 0);
    assert.match(index, /<script src="[^"]*preload-scenario[^"]*" async><\/script>/);
    for (const story of stories) {
      const id = story.replace(/\.ink$/, '');
      const page = readFileSync(join(DIST, `${id}.html`), 'utf8');
      const link = new RegExp(
        `<link rel="modulepreload" crossorigin href="/assets/${id}-[\\w-]+\\.js">`,
      );
      assert.match(page, link, `${id}.html preloads its story`);
      assert.doesNotMatch(page, /preload-scenario/, `${id}.html names its story itself`);
      // The same head and body as index.html otherwise (its scripts, styles and layout).
      const tags = (html: string) =>
        [...html.matchAll(/<(?:script|link rel="(?:stylesheet|manifest)")[^>]*>/g)]
          .map(([tag]) => tag)
          .filter((tag) => !/preload-scenario|scenario-page/.test(tag));
      assert.deepEqual(tags(page), tags(index), `${id}.html loads what index.html loads`);
      assert.match(page, /<main id="main"[^>]*>\s*<div class="play" data-static-screen=""/);
      assert.match(page, /<div class="choices" role="group" aria-label="Choices"[^>]*><button/);
      // The classic script that shows it, after it and before the app's modules run.
      assert.match(
        page,
        /<\/div>\s*<noscript>[^<]*<\/noscript>\s*<p class="loading">Loading…<\/p>\s*<script src="\/assets\/scenario-page-[\w-]+\.js"><\/script>\s*<\/main>/,
      );
    }
  });

  it(`is at most ${FIRST_SCREEN_LIMIT_KB} KB gzip`, () => {
    const screen = loaded();
    const kb = screen.gzipBytes / 1024;
    assert.ok(
      kb <= FIRST_SCREEN_LIMIT_KB,
      `the first screen is ${kb.toFixed(1)} KB gzip (${[...screen.chunks, ...screen.scripts].join(', ')})`,
    );
  });
});
