/** The tiny fixture story, compiled once per test file, and sessions played through it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileStory } from '../../src/build/compile-story.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { Session } from '../../src/sim/session/session.ts';
import { fixtureCast } from './casts.ts';

const file = fileURLToPath(new URL('../fixtures/tiny.ink', import.meta.url));

export function tinyScenario(): Scenario {
  const compiled = compileStory(
    readFileSync(file, 'utf8'),
    'tests/fixtures/tiny.ink',
    'tiny',
    fixtureCast(),
  );
  if (!compiled.scenario) throw new Error(compiled.errors.join('\n'));
  return compiled.scenario;
}

/** A finished session along `path`; throws if the path does not fit the story. */
export function played(scenario: Scenario, path: readonly number[]): Session {
  const replay = Session.replay(scenario, path);
  if (!replay.ok) throw new Error(replay.error);
  return replay.session;
}
