import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileStory } from '../../src/build/compile-story.ts';
import { resume } from '../../src/sim/session/resume.ts';
import { chosenIdentities, type Save } from '../../src/sim/session/save.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { encodeResume } from '../../src/sim/session/resume-record.ts';
import { storedRecord } from '../../src/ui/storage/stored-save.ts';
import { fixtureCast } from './casts.ts';
import { played, tinyScenario } from './fixture-story.ts';

const scenario = tinyScenario();
const source = readFileSync(
  fileURLToPath(new URL('../fixtures/tiny.ink', import.meta.url)),
  'utf8',
);

/** The tiny story after an author's edit. */
function edited(change: (ink: string) => string): Scenario {
  const compiled = compileStory(change(source), 'tests/fixtures/tiny.ink', 'tiny', fixtureCast());
  if (!compiled.scenario) throw new Error(compiled.errors.join('\n'));
  return compiled.scenario;
}

/** A save made by playing `path` in `made` (the story as it was then). */
function saveOf(made: Scenario, path: number[], change: Partial<Save> = {}): Save {
  return {
    version: 3,
    scenarioId: made.id,
    storyVersion: made.version,
    path,
    seed: 1,
    startedAt: '2026-03-01T09:00:00.000Z',
    savedAt: '2026-03-01T09:05:00.000Z',
    choices: chosenIdentities(played(made, path).simState.decisions),
    ...change,
  };
}

const refusal = (result: ReturnType<typeof resume>): string => {
  if (result.ok) throw new Error('expected the save to be refused');
  return result.reason;
};

describe('resuming a save', () => {
  it('resumes a save of this scenario in the same version', () => {
    const result = resume(scenario, saveOf(scenario, [0, 1]));
    expect(result.ok && result.session.path).toEqual([0, 1]);
    expect(result.ok && result.storyChanged).toBe(false);
  });

  it('refuses a save that belongs to another scenario', () => {
    const reason = refusal(
      resume(scenario, saveOf(scenario, [0], { scenarioId: 'late-supplier' })),
    );
    expect(reason).toBe('it belongs to another scenario ("late-supplier")');
  });

  it('refuses a path that no longer fits, saying where', () => {
    expect(
      refusal(resume(scenario, saveOf(scenario, [0], { path: [0, 7], choices: null }))),
    ).toMatch(/no longer fits .*at decision 2, there is no option 8/);
  });

  it('resumes in a changed story when every option chosen is still the same option', () => {
    const later = edited((ink) => ink.replace('You call the supplier.', 'You ring the supplier.'));
    expect(later.version).not.toBe(scenario.version);
    const result = resume(later, saveOf(scenario, [1, 0]));
    expect(result.ok && result.storyChanged).toBe(true);
    expect(result.ok && result.session.path).toEqual([1, 0]);
  });

  it('refuses a save whose [0, 0] would now mean an option the learner never chose', () => {
    // The author swaps the first decision's options: the same path now means the other option.
    const later = edited((ink) =>
      ink.replace(
        /(\* \[Listen and acknowledge\.\][^*]*)(\* \[Quote the delivery policy\.\][^=]*)/,
        (_all, listen: string, quote: string) => `${quote.trimEnd()}\n${listen}`,
      ),
    );
    const reason = refusal(resume(later, saveOf(scenario, [0, 0])));
    expect(reason).toMatch(/^the scenario has changed since it was saved: at decision 1 /);
    expect(reason).toContain('“Quote the delivery policy.”');
  });

  it('refuses a save with no record of its options (version 1 or 2) when the story has changed', () => {
    const reason = refusal(
      resume(scenario, saveOf(scenario, [0], { storyVersion: 'unknown', choices: null })),
    );
    expect(reason).toMatch(/cannot be checked/);
  });

  it('resumes a save with no record of its options when the story is the same version', () => {
    expect(resume(scenario, saveOf(scenario, [0], { choices: null })).ok).toBe(true);
  });
});

describe('the save fuzzer: version and scenario-id mismatches', () => {
  const other = edited((ink) => ink.replace('"My order is late."', '"My order is very late."'));
  const fitting = fc.constantFrom([], [0], [1], [0, 0], [0, 1], [1, 0], [1, 1]);

  it('replays a save only when it is this scenario’s and its path means the same choices', () => {
    fc.assert(
      fc.property(
        fitting,
        fc.array(fc.nat({ max: 3 }), { maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('tiny', 'late-supplier', 'tin'),
        fc.constantFrom('same', 'other', 'unknown'),
        fc.constantFrom('kept', 'none', 'one-changed'),
        (good, random, useGood, scenarioId, version, recorded) => {
          const path = useGood ? [...good] : random;
          let choices: string[] | null;
          try {
            choices = chosenIdentities(played(scenario, path).simState.decisions);
          } catch {
            choices = path.map(() => '00000000');
          }
          if (recorded === 'none') choices = null;
          if (recorded === 'one-changed' && choices && choices.length > 0)
            choices = ['ffffffff', ...choices.slice(1)];
          const save: Save = {
            version: 3,
            scenarioId,
            storyVersion:
              version === 'same'
                ? other.version
                : version === 'other'
                  ? scenario.version
                  : 'unknown',
            path,
            seed: 1,
            startedAt: '2026-03-01T09:00:00.000Z',
            savedAt: '2026-03-01T09:05:00.000Z',
            choices,
          };
          // The story as it is now: an edited copy whose options are all unchanged.
          const result = resume({ ...other, id: 'tiny' }, save);
          const fits = (() => {
            try {
              played(other, path);
              return true;
            } catch {
              return false;
            }
          })();
          const meansTheSame =
            choices !== null &&
            fits &&
            choices.every(
              (id, step) => id === chosenIdentities(played(other, path).simState.decisions)[step],
            );
          const expected = scenarioId === 'tiny' && fits && (version === 'same' || meansTheSame);
          expect(result.ok).toBe(expected);
          // The same save kept by an LMS as a resume record meets the same checks.
          const record = storedRecord(encodeResume(save));
          expect(record.state).toBe('loaded');
          if (record.state === 'loaded')
            expect(resume({ ...other, id: 'tiny' }, record.save).ok).toBe(expected);
          if (result.ok) {
            expect(result.session.path).toEqual(path);
            expect(result.storyChanged).toBe(version !== 'same');
          } else {
            expect(result.reason).not.toMatch(/\n|\[object /);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
