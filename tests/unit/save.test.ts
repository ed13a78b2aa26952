import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadSave } from '../../src/sim/session/save-load.ts';
import {
  optionIdentity,
  SAVE_VERSION,
  serialiseSave,
  type LoadedSave,
  type Save,
} from '../../src/sim/session/save.ts';

const NOW = '2026-03-02T10:00:00.000Z';

const GOOD: Save = {
  version: 3,
  scenarioId: 'late-supplier',
  storyVersion: '3f2a9c01d4e5',
  path: [0, 1, 1, 0],
  seed: 1,
  startedAt: '2026-03-01T09:00:00.000Z',
  savedAt: '2026-03-01T09:12:30.000Z',
  choices: ['0a1b2c3d', '4e5f6071', '8293a4b5', 'c6d7e8f9'],
};

/** The same save as version 2 wrote it, before option identities were kept. */
const GOOD_V2: Record<string, unknown> = { ...GOOD, version: 2 };
delete GOOD_V2['choices'];

const text = (value: unknown) => JSON.stringify(value);

function failure(loaded: LoadedSave): string {
  if (loaded.ok) throw new Error(`expected a failure, got ${JSON.stringify(loaded.save)}`);
  return loaded.error;
}

/** A plain message: one line a learner can read, not a stack trace or an object dump. */
function expectPlain(message: string): void {
  expect(message).toMatch(/^the (saved game|save|version 1 save) /);
  expect(message).not.toMatch(/\n|\[object |at .*\(.*:\d+:\d+\)|version undefined/);
  expect(message.length).toBeLessThan(400);
}

describe('saved games', () => {
  describe('loading the current version', () => {
    it('loads a valid version 3 save with no repairs', () => {
      expect(SAVE_VERSION).toBe(3);
      expect(loadSave(text(GOOD), NOW)).toEqual({ ok: true, save: GOOD, repairs: [] });
    });

    it('says when the options recorded do not match the path', () => {
      const error = failure(loadSave(text({ ...GOOD, choices: ['0a1b2c3d'] }), NOW));
      expect(error).toMatch(/^the saved game is damaged: choices: /);
    });

    it('loads an empty path (a save made before the first choice)', () => {
      const loaded = loadSave(text({ ...GOOD, path: [], choices: [] }), NOW);
      expect(loaded.ok && loaded.save.path).toEqual([]);
    });

    it('drops fields it does not know', () => {
      const loaded = loadSave(text({ ...GOOD, cheat: true }), NOW);
      expect(loaded).toEqual({ ok: true, save: GOOD, repairs: [] });
    });
  });

  describe('migrating version 2', () => {
    it('upgrades a version 2 save, saying it has no record of the options chosen', () => {
      expect(loadSave(text(GOOD_V2), NOW)).toEqual({
        ok: true,
        save: { ...GOOD, choices: null },
        repairs: [
          'version 2 save: no record of which options were chosen, so it can be resumed only in the same version of the story',
        ],
      });
    });

    it('says a damaged version 2 save is damaged, naming the field', () => {
      const error = failure(loadSave(text({ ...GOOD_V2, path: [-1] }), NOW));
      expectPlain(error);
      expect(error).toMatch(/^the saved game is damaged: path\.0: /);
    });
  });

  describe('migrating version 1', () => {
    const v1 = { version: 1, scenario: 'late-supplier', choices: [1, 0, 2] };

    it('upgrades a version 1 save and lists every repair it made', () => {
      expect(loadSave(text(v1), NOW)).toEqual({
        ok: true,
        save: {
          version: 3,
          scenarioId: 'late-supplier',
          storyVersion: 'unknown',
          path: [1, 0, 2],
          seed: 1,
          startedAt: NOW,
          savedAt: NOW,
          choices: null,
        },
        repairs: [
          'version 1 save: renamed "scenario" to "scenarioId" and "choices" to "path"',
          'version 1 save: no story version recorded, so it cannot be checked against a changed story',
          'version 1 save: no times recorded; set to now',
          'version 2 save: no record of which options were chosen, so it can be resumed only in the same version of the story',
        ],
      });
    });

    it('writes an upgraded save in the current format', () => {
      const loaded = loadSave(text(v1), NOW);
      if (!loaded.ok) throw new Error(loaded.error);
      const again = loadSave(serialiseSave(loaded.save), NOW);
      expect(again).toEqual({ ok: true, save: loaded.save, repairs: [] });
    });

    it('says a damaged version 1 save is damaged', () => {
      const error = failure(loadSave(text({ ...v1, choices: [-1] }), NOW));
      expectPlain(error);
      expect(error).toMatch(/^the version 1 save is damaged: choices\.0: /);
      expect(failure(loadSave(text({ version: 1, choices: [] }), NOW))).toMatch(/scenario/);
    });

    it('says when a version 1 save cannot become a valid version 2 save', () => {
      const badId = failure(loadSave(text({ ...v1, scenario: 'Late Supplier' }), NOW));
      expectPlain(badId);
      expect(badId).toMatch(/^the version 1 save could not be upgraded: scenarioId: /);
      const tooFar = failure(loadSave(text({ ...v1, choices: [51] }), NOW));
      expect(tooFar).toMatch(/^the version 1 save could not be upgraded: path\.0: /);
    });
  });

  describe('reporting a save it cannot use, plainly and without throwing', () => {
    it.each([
      ['empty text', ''],
      ['text that is not JSON', 'not a save'],
      ['JSON cut short', text(GOOD).slice(0, 40)],
    ])('%s is not readable', (_name, stored) => {
      const error = failure(loadSave(stored, NOW));
      expect(error).toBe('the saved game is not readable (it is not valid JSON)');
    });

    it.each([
      ['null', 'null'],
      ['an array', '[1, 2]'],
      ['a string', '"late-supplier"'],
      ['a number', '2'],
    ])('JSON that is %s is not a save', (_name, stored) => {
      const error = failure(loadSave(stored, NOW));
      expectPlain(error);
      expect(error).toBe('the saved game is damaged: it is not a record of a game');
    });

    it('says when a save has no version', () => {
      const unversioned: Partial<Save> = { ...GOOD };
      delete unversioned.version;
      const error = failure(loadSave(text(unversioned), NOW));
      expectPlain(error);
      expect(error).toBe('the saved game is damaged: it has no version number');
    });

    it.each([
      [4, 'the save has version 4, which this game does not know'],
      [0, 'the save has version 0, which this game does not know'],
      ['2', 'the save has version "2", which this game does not know'],
      [null, 'the save has version null, which this game does not know'],
    ])('says it does not know version %j', (version, message) => {
      const error = failure(loadSave(text({ ...GOOD, version }), NOW));
      expectPlain(error);
      expect(error).toBe(message);
    });

    it.each([
      ['a scenario id with capitals', { scenarioId: 'Late-Supplier' }, 'scenarioId'],
      ['a path that is not a list', { path: '0,1' }, 'path'],
      ['a choice that is not a whole number', { path: [0, 1.5] }, 'path.1'],
      ['a negative choice', { path: [-1] }, 'path.0'],
      ['a choice beyond any decision', { path: [51] }, 'path.0'],
      ['a path too long to be real', { path: Array.from({ length: 1001 }, () => 0) }, 'path'],
      ['a seed that is not a whole number', { seed: 0.5 }, 'seed'],
      ['a story version that is not text', { storyVersion: 12 }, 'storyVersion'],
      [
        'an option identity that is not a short hash',
        { choices: ['x', 'y', 'z', 'w'] },
        'choices.0',
      ],
      ['a start time that is not a time', { startedAt: 'Monday' }, 'startedAt'],
      ['a save time with no time zone marker', { savedAt: '2026-03-01T09:12:30' }, 'savedAt'],
    ])('names the damaged field for %s', (_name, change, field) => {
      const error = failure(loadSave(text({ ...GOOD, ...change }), NOW));
      expectPlain(error);
      expect(error.startsWith(`the saved game is damaged: ${field}: `)).toBe(true);
    });

    it('names at most three problems at once', () => {
      const error = failure(
        loadSave(text({ version: 3, scenarioId: 1, storyVersion: 2, path: 3, seed: 'x' }), NOW),
      );
      expect(error.split('; ')).toHaveLength(3);
    });
  });

  describe('serialising', () => {
    it('writes the fields in a fixed order, whatever order they were given in', () => {
      const shuffled: Save = {
        savedAt: GOOD.savedAt,
        choices: GOOD.choices,
        path: GOOD.path,
        seed: GOOD.seed,
        version: 3,
        startedAt: GOOD.startedAt,
        storyVersion: GOOD.storyVersion,
        scenarioId: GOOD.scenarioId,
      };
      expect(serialiseSave(shuffled)).toBe(serialiseSave(GOOD));
      expect(Object.keys(JSON.parse(serialiseSave(shuffled)) as object)).toEqual([
        'version',
        'scenarioId',
        'storyVersion',
        'path',
        'seed',
        'startedAt',
        'savedAt',
        'choices',
      ]);
    });

    it('reads a choice or seed written "-0" as 0, so the save survives a round trip', () => {
      const stored = text({ ...GOOD, path: [0, 1, 1, 0], seed: 0 });
      const loaded = loadSave(stored.replace('[0,', '[-0,').replace('"seed":0', '"seed":-0'), NOW);
      expect(loaded.ok).toBe(true);
      if (loaded.ok) expect(loadSave(serialiseSave(loaded.save), NOW)).toEqual(loaded);
    });

    it('does not share the path with the save it was given', () => {
      const path = [0, 1];
      const stored = serialiseSave({ ...GOOD, path });
      path.push(2);
      expect(JSON.parse(stored)).toMatchObject({ path: [0, 1] });
    });
  });

  describe('properties', () => {
    const isoTime = fc
      .date({
        min: new Date('1970-01-01T00:00:00.000Z'),
        max: new Date('2999-12-31T23:59:59.999Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
    const validSave: fc.Arbitrary<Save> = fc
      .record({
        version: fc.constant(3 as const),
        scenarioId: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
        storyVersion: fc.string({ unit: 'binary', maxLength: 30 }),
        path: fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 120 }),
        seed: fc.maxSafeInteger(),
        startedAt: isoTime,
        savedAt: isoTime,
        recorded: fc.boolean(),
      })
      .map(({ recorded, ...save }) => ({
        ...save,
        choices: recorded
          ? save.path.map((index) => optionIdentity(index, `option ${index}`))
          : null,
      }));

    it('serialise → load → serialise gives the identical text', () => {
      fc.assert(
        fc.property(validSave, (save) => {
          const stored = serialiseSave(save);
          const loaded = loadSave(stored, NOW);
          if (!loaded.ok) throw new Error(loaded.error);
          expect(loaded.repairs).toEqual([]);
          expect(serialiseSave(loaded.save)).toBe(stored);
        }),
        { numRuns: 300 },
      );
    });

    type Damage =
      | { kind: 'delete'; at: number; length: number }
      | { kind: 'replace'; at: number; char: string }
      | { kind: 'insert'; at: number; char: string }
      | { kind: 'truncate'; at: number };
    const char = fc.oneof(
      fc.constantFrom(
        '"',
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '0',
        '9',
        '-',
        '.',
        'e',
        ' ',
        '\\',
        'n',
        'u',
      ),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const at = fc.nat({ max: 10_000 });
    const damage: fc.Arbitrary<Damage> = fc.oneof(
      fc.record({
        kind: fc.constant('delete' as const),
        at,
        length: fc.integer({ min: 1, max: 8 }),
      }),
      fc.record({ kind: fc.constant('replace' as const), at, char }),
      fc.record({ kind: fc.constant('insert' as const), at, char }),
      fc.record({ kind: fc.constant('truncate' as const), at }),
    );

    function apply(stored: string, change: Damage): string {
      const i = stored.length === 0 ? 0 : change.at % (stored.length + 1);
      switch (change.kind) {
        case 'delete':
          return stored.slice(0, i) + stored.slice(i + change.length);
        case 'replace':
          return stored.slice(0, i) + change.char + stored.slice(i + 1);
        case 'insert':
          return stored.slice(0, i) + change.char + stored.slice(i);
        case 'truncate':
          return stored.slice(0, i);
      }
    }

    it('random damage to a save never throws: it loads a valid save or says plainly what is wrong', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            validSave.map(serialiseSave),
            fc.constant(text({ version: 1, scenario: 'late-supplier', choices: [0, 1] })),
            fc.constant(text(GOOD_V2)),
          ),
          fc.array(damage, { minLength: 1, maxLength: 6 }),
          (stored, changes) => {
            const damaged = changes.reduce(apply, stored);
            let loaded: LoadedSave | undefined;
            expect(() => {
              loaded = loadSave(damaged, NOW);
            }).not.toThrow();
            if (!loaded) throw new Error('unreachable');
            if (loaded.ok) {
              // Whatever loaded is a valid current save that survives a round trip.
              const again = loadSave(serialiseSave(loaded.save), NOW);
              expect(again).toEqual({ ok: true, save: loaded.save, repairs: [] });
            } else {
              expect(typeof loaded.error).toBe('string');
              expectPlain(loaded.error);
            }
          },
        ),
        { numRuns: 2000 },
      );
    });
  });
});
