/**
 * A written confirmation replaces the verbal agreement it confirms: the records
 * list the agreement once, in writing, and no "only verbal" warning is left.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileStory } from '../../src/build/compile-story.ts';
import { Session } from '../../src/sim/session/session.ts';
import { fixtureCast } from './casts.ts';

const tiny = readFileSync(fileURLToPath(new URL('../fixtures/tiny.ink', import.meta.url)), 'utf8');

function agreementsAfter(confirmation: string) {
  const source = tiny.replace(
    '    # log: supplier; phone; Asked about the delay.',
    [
      '    # log: supplier; phone; Asked about the delay.',
      '    # agree: supplier; verbal; Dispatch on Friday, agreed on the phone',
      `    # agree: supplier; ${confirmation}`,
    ].join('\n'),
  );
  const compiled = compileStory(source, 'tests/fixtures/tiny.ink', 'tiny', fixtureCast());
  if (!compiled.scenario) throw new Error(compiled.errors.join('\n'));
  const replay = Session.replay(compiled.scenario, [0, 0]);
  if (!replay.ok) throw new Error(replay.error);
  return replay.session.simState.agreements.map((a) => ({ written: a.written, what: a.what }));
}

describe('agreements in the records', () => {
  it('a confirmed agreement replaces the verbal one it confirms', () => {
    expect(agreementsAfter('confirmed; Dispatch on Friday, confirmed by email')).toEqual([
      { written: true, what: 'Dispatch on Friday, confirmed by email' },
    ]);
  });

  it('another written agreement with the same partner leaves the verbal one standing', () => {
    expect(agreementsAfter('written; Monthly review of delivery times')).toEqual([
      { written: false, what: 'Dispatch on Friday, agreed on the phone' },
      { written: true, what: 'Monthly review of delivery times' },
    ]);
  });
});
