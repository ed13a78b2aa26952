/**
 * The player's bundle holds the game and the Ink runtime, never the story
 * checker: its exploring runner, its budgets and its inkjs internals stay in
 * the build. Reads the production build in dist/ (`vite build` runs first).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ASSETS = join(import.meta.dirname, '..', '..', 'dist', 'assets');

/** Words only the checker's code says, one from each of its modules. */
const CHECKER_WORDS = [
  'Ink played one move two ways', // exploring-runner.ts: remembered moves
  'a story using marks', // exploring-runner.ts: marks
  'without reaching a decision', // exploring-runner.ts: budgets
  'relies on inkjs 2.4 internals', // ink-internals.ts
  'stopped at the', // explore.ts
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
